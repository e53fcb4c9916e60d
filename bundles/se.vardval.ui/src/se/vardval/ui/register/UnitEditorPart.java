package se.vardval.ui.register;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.service.UserError;

/**
 * Edits a unit (vårdenhet): name, provider, municipality code and catchment population; the HSA-id is its key, given
 * once when the unit is registered (a new unit starts with the provider of the part's preset).
 */
public class UnitEditorPart extends RegisterEditor {

    private Unit read;
    private List<Provider> providers;
    private Text hsaId;
    private Text name;
    private Combo provider;
    private Text municipality;
    private Text catchment;

    @Override
    protected void build(Composite area, String item) {
        read = item == null ? null : find(item);
        providers = masterData.providers();
        hsaId = text(messages.register_hsaId, "unit.hsaId", read == null ? "" : read.hsaId(), read == null);
        name = text(messages.register_name, "unit.name", read == null ? "" : read.name(), true);
        provider = choice(messages.register_provider, "unit.provider",
                providers.stream().map(UnitEditorPart::label).toList(),
                label(providerOf(read == null ? preset() : read.orgNr())));
        municipality = text(messages.register_municipality, "unit.municipality",
                read == null ? "" : read.municipality(), true);
        catchment = text(messages.register_catchment, "unit.catchment", catchmentText(), true);
    }

    private String catchmentText() {
        return read == null ? "" : Population.show(read.catchmentPopulation());
    }

    private static String label(Provider provider) {
        return provider == null ? "" : provider.name() + " (" + provider.orgNr() + ")";
    }

    private Provider providerOf(String orgNr) {
        return providers.stream().filter(p -> p.orgNr().equals(orgNr)).findFirst().orElse(null);
    }

    private Unit find(String hsa) {
        return masterData.units().stream().filter(u -> u.hsaId().equals(hsa)).findFirst()
                .orElseThrow(() -> new UserError("det finns ingen enhet " + hsa));
    }

    @Override
    protected String item() {
        return read == null ? null : read.hsaId();
    }

    @Override
    protected String heading() {
        return read == null ? messages.register_newUnit : read.name();
    }

    @Override
    protected List<String> problems() {
        List<String> problems = problemList();
        check(problems, read == null && !Keys.isKey(hsaId.getText()), messages.register_hsaIdFormat);
        check(problems, name.getText().isBlank(), messages.register_nameMissing);
        check(problems, provider.getSelectionIndex() < 0, messages.register_providerMissing);
        check(problems, !municipality.getText().trim().matches("\\d{4}"), messages.register_municipalityFormat);
        check(problems, !Population.isWhole(catchment.getText()), messages.register_catchmentFormat);
        check(problems, Population.isNegative(catchment.getText()), messages.register_catchmentNegative);
        return problems;
    }

    @Override
    protected void store(String user) {
        Unit after = new Unit(read == null ? hsaId.getText().trim() : read.hsaId(), name.getText().trim(),
                providers.get(provider.getSelectionIndex()).orgNr(), municipality.getText().trim(),
                Population.read(catchment.getText()));
        if (read == null) {
            masterData.createUnit(after, user);
            keyStored(hsaId, after.hsaId());
        } else {
            masterData.updateUnit(read, after, user);
        }
        read = after;
    }

    @Override
    protected String createdMessage() {
        return messages.register_createdOffTree;
    }

    @Override
    protected void reread() {
        if (read != null) {
            read = find(read.hsaId());
        } else {
            hsaId.setText("");
        }
        name.setText(read == null ? "" : read.name());
        provider.setText(label(providerOf(read == null ? preset() : read.orgNr())));
        municipality.setText(read == null ? "" : read.municipality());
        catchment.setText(catchmentText());
    }
}
