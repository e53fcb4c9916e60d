package se.vardval.persistence.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserAccount;

/** The rows of {@code app_user} and {@code role_grant} through native queries in the caller's entity manager. */
final class UserRows {

    /** How a grant for every vårdval is stored. */
    private static final String EVERY = "*";

    private final EntityManager em;

    UserRows(EntityManager em) {
        this.em = em;
    }

    Optional<UserAccount> account(String name) {
        List<?> found = em.createNativeQuery("select name from app_user where name = ?1").setParameter(1, name)
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(new UserAccount(name, grants(name)));
    }

    Optional<String> passwordHash(String name) {
        List<?> found = em.createNativeQuery("select password_hash from app_user where name = ?1")
                .setParameter(1, name).getResultList();
        return found.stream().findFirst().map(hash -> (String) hash);
    }

    List<String> names() {
        return em.createNativeQuery("select name from app_user order by name").getResultList().stream()
                .map(String.class::cast).toList();
    }

    long count() {
        return ((Number) em.createNativeQuery("select count(*) from app_user").getSingleResult()).longValue();
    }

    long holders(RoleGrant grant) {
        return ((Number) em.createNativeQuery(
                "select count(*) from role_grant where role_name = ?1 and care_choice = ?2")
                .setParameter(1, grant.role().name()).setParameter(2, scope(grant)).getSingleResult()).longValue();
    }

    void insert(String name, String passwordHash) {
        em.createNativeQuery("insert into app_user (name, password_hash) values (?1, ?2)").setParameter(1, name)
                .setParameter(2, passwordHash).executeUpdate();
    }

    void updatePassword(String name, String passwordHash) {
        em.createNativeQuery("update app_user set password_hash = ?1 where name = ?2").setParameter(1, passwordHash)
                .setParameter(2, name).executeUpdate();
    }

    void insert(String name, RoleGrant grant) {
        em.createNativeQuery("insert into role_grant (user_name, role_name, care_choice) values (?1, ?2, ?3)")
                .setParameter(1, name).setParameter(2, grant.role().name()).setParameter(3, scope(grant))
                .executeUpdate();
    }

    void delete(String name, RoleGrant grant) {
        em.createNativeQuery("delete from role_grant where user_name = ?1 and role_name = ?2 and care_choice = ?3")
                .setParameter(1, name).setParameter(2, grant.role().name()).setParameter(3, scope(grant))
                .executeUpdate();
    }

    private List<RoleGrant> grants(String name) {
        List<?> rows = em.createNativeQuery(
                "select role_name, care_choice from role_grant where user_name = ?1 order by role_name, care_choice")
                .setParameter(1, name).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new RoleGrant(Role.valueOf((String) row[0]),
                EVERY.equals(row[1]) ? null : (String) row[1])).toList();
    }

    private static String scope(RoleGrant grant) {
        return grant.everyCareChoice() ? EVERY : grant.careChoice();
    }
}
