package se.vardval.ui.register;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.service.UserError;

/** Edits a provider (vårdgivare): its name and ownership; the organisationsnummer is its key. */
public class ProviderEditorPart extends RegisterEditor {

    private Provider read;
    private Text orgNr;
    private Text name;
    private Combo ownership;

    @Override
    protected void build(Composite area, String item) {
        read = find(item);
        orgNr = text(messages.register_orgNr, "provider.orgNr", read.orgNr(), false);
        name = text(messages.register_name, "provider.name", read.name(), true);
        ownership = choice(messages.register_ownership, "provider.ownership",
                Arrays.stream(Ownership.values()).map(Enum::name).toList(), read.ownership().name());
    }

    private Provider find(String orgNr) {
        return masterData.providers().stream().filter(p -> p.orgNr().equals(orgNr)).findFirst()
                .orElseThrow(() -> new UserError("det finns ingen vårdgivare " + orgNr));
    }

    @Override
    protected String heading() {
        return read.name();
    }

    @Override
    protected List<String> problems() {
        List<String> problems = problemList();
        check(problems, name.getText().isBlank(), messages.register_nameMissing);
        return problems;
    }

    @Override
    protected void store(String user) {
        Provider after = new Provider(read.orgNr(), name.getText().trim(), Ownership.valueOf(ownership.getText()));
        masterData.updateProvider(read, after, user);
        read = after;
    }

    @Override
    protected void reload() {
        read = find(orgNr.getText());
        name.setText(read.name());
        ownership.setText(read.ownership().name());
        part.setDirty(false);
        status("");
    }
}
