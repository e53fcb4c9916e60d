package se.vardval.ui.register;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import se.vardval.core.domain.OrgNr;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.service.UserError;

/**
 * Edits a provider (vårdgivare): its name and ownership; the organisationsnummer is its key, given once when the
 * provider is registered.
 */
public class ProviderEditorPart extends RegisterEditor {

    private Provider read;
    private Text orgNr;
    private Text name;
    private Combo ownership;

    @Override
    protected void build(Composite area, String item) {
        read = item == null ? null : find(item);
        orgNr = text(messages.register_orgNr, "provider.orgNr", read == null ? "" : read.orgNr(), read == null);
        name = text(messages.register_name, "provider.name", read == null ? "" : read.name(), true);
        ownership = choice(messages.register_ownership, "provider.ownership",
                Arrays.stream(Ownership.values()).map(messages::ownership).toList(),
                messages.ownership(read == null ? Ownership.PRIVATE : read.ownership()));
    }

    private Provider find(String key) {
        return masterData.providers().stream().filter(p -> p.orgNr().equals(key)).findFirst()
                .orElseThrow(() -> new UserError("det finns ingen vårdgivare " + key));
    }

    @Override
    protected String item() {
        return read == null ? null : read.orgNr();
    }

    @Override
    protected String heading() {
        return read == null ? messages.register_newProvider : read.name();
    }

    @Override
    protected List<String> problems() {
        List<String> problems = problemList();
        if (read == null) {
            checkOrgNr(problems);
        }
        check(problems, name.getText().isBlank(), messages.register_nameMissing);
        return problems;
    }

    private void checkOrgNr(List<String> problems) {
        try {
            OrgNr.normalise(orgNr.getText());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
    }

    @Override
    protected void store(String user) {
        Provider after = new Provider(read == null ? OrgNr.normalise(orgNr.getText()) : read.orgNr(),
                name.getText().trim(), Ownership.values()[ownership.getSelectionIndex()]);
        if (read == null) {
            masterData.createProvider(after, user);
            keyStored(orgNr, after.orgNr());
        } else {
            masterData.updateProvider(read, after, user);
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
            read = find(read.orgNr());
        } else {
            orgNr.setText("");
        }
        name.setText(read == null ? "" : read.name());
        ownership.setText(messages.ownership(read == null ? Ownership.PRIVATE : read.ownership()));
    }
}
