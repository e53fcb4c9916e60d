package se.vardval.persistence.internal;

import java.net.URL;
import java.security.CodeSource;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import se.vardval.persistence.internal.jpa.AccountPlanEntity;
import se.vardval.persistence.internal.jpa.AuditEntryEntity;
import se.vardval.persistence.internal.jpa.CareChoiceEntity;
import se.vardval.persistence.internal.jpa.ContractEntity;
import se.vardval.persistence.internal.jpa.PaymentRunEntity;
import se.vardval.persistence.internal.jpa.ProviderEntity;
import se.vardval.persistence.internal.jpa.RegionEntity;
import se.vardval.persistence.internal.jpa.RulebookEntity;
import se.vardval.persistence.internal.jpa.SupplementaryEntity;
import se.vardval.persistence.internal.jpa.UnitEntity;

/** The persistence unit of this bundle's entities, described in code instead of a {@code persistence.xml}. */
final class PersistenceUnit implements PersistenceUnitInfo {

    private static final List<Class<?>> ENTITIES = List.of(CareChoiceEntity.class, ProviderEntity.class,
            UnitEntity.class, ContractEntity.class, SupplementaryEntity.class, RulebookEntity.class,
            PaymentRunEntity.class, AuditEntryEntity.class, AccountPlanEntity.class, RegionEntity.class);

    private final DataSource dataSource;

    PersistenceUnit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String getPersistenceUnitName() {
        return "se.vardval.persistence";
    }

    @Override
    public String getPersistenceProviderClassName() {
        return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
    }

    @Override
    public String getScopeAnnotationName() {
        return null;
    }

    @Override
    public List<String> getQualifierAnnotationNames() {
        return List.of();
    }

    @Override
    @SuppressWarnings("deprecation")
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        CodeSource source = PersistenceUnit.class.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    @Override
    public List<String> getManagedClassNames() {
        return ENTITIES.stream().map(Class::getName).toList();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.2";
    }

    @Override
    public ClassLoader getClassLoader() {
        return PersistenceUnit.class.getClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no load-time weaving inside OSGi: entities are used unwoven
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return getClassLoader();
    }
}
