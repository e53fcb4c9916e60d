package se.vardval.ui.register;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.service.UserError;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;

/**
 * Edits one contract row (a unit covered by a provider's contract in a vårdval): its provider and validity, and the
 * contract's tilläggsuppdrag with their annual amounts. The contract id and the HSA-id are its key.
 */
public class ContractEditorPart extends RegisterEditor {

    private String careChoice;
    private Contract read;
    private List<Provider> providers;
    private Combo provider;
    private Text from;
    private Text to;
    private SupplementaryTable supplementaries;

    @Override
    protected void build(Composite area, String item) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        String[] key = item.split("\\|");
        read = find(key[0], key[1]);
        providers = masterData.providers();
        text(messages.register_contractId, "contract.id", read.contractId(), false);
        text(messages.register_hsaId, "contract.hsaId", read.hsaId(), false);
        provider = choice(messages.register_provider, "contract.provider",
                providers.stream().map(p -> p.name() + " (" + p.orgNr() + ")").toList(), label(read.orgNr()));
        from = text(messages.register_validFrom, "contract.validFrom", SwedishFormat.date(read.validFrom()), true);
        to = text(messages.register_validTo, "contract.validTo", SwedishFormat.date(read.validTo()), true);
        new Label(area, SWT.NONE).setText(messages.register_supplementaries);
        new Label(area, SWT.NONE);
        supplementaries = new SupplementaryTable(area, messages, this::edited);
        showSupplementaries();
    }

    private String label(String orgNr) {
        return providers.stream().filter(p -> p.orgNr().equals(orgNr)).findFirst()
                .map(p -> p.name() + " (" + p.orgNr() + ")").orElse("");
    }

    private Contract find(String contractId, String hsaId) {
        return masterData.contracts(careChoice).stream()
                .filter(c -> c.contractId().equals(contractId) && c.hsaId().equals(hsaId)).findFirst()
                .orElseThrow(() -> new UserError("det finns inget avtal " + contractId + " för " + hsaId));
    }

    private void showSupplementaries() {
        supplementaries.show(masterData.supplementaries(careChoice).stream()
                .filter(s -> s.contractId().equals(read.contractId())).toList());
    }

    @Override
    protected String heading() {
        return NLS.bind(messages.register_contractTitle, read.contractId(), read.hsaId());
    }

    @Override
    protected List<String> problems() {
        List<String> problems = problemList();
        Dates.check(from.getText(), to.getText(), messages.register_contract, problems, messages);
        supplementaries.rows().forEach(row -> SupplementaryTable.check(row, problems, messages));
        return problems;
    }

    @Override
    protected void store(String user) {
        Contract after = new Contract(read.contractId(), read.careChoice(),
                providers.get(provider.getSelectionIndex()).orgNr(), read.hsaId(),
                LocalDate.parse(from.getText().trim()),
                to.getText().isBlank() ? null : LocalDate.parse(to.getText().trim()));
        masterData.updateContract(read, after, user);
        read = after;
        for (SupplementaryTable.Row row : supplementaries.rows()) {
            if (row.changed(read.contractId())) {
                storeSupplementary(row, user);
            }
        }
        showSupplementaries();
    }

    private void storeSupplementary(SupplementaryTable.Row row, String user) {
        Supplementary after = row.value(read.contractId());
        boolean sameKey = row.original != null && row.original.code().equals(after.code())
                && row.original.validFrom().equals(after.validFrom());
        if (sameKey) {
            masterData.updateSupplementary(row.original, after, user);
        } else {
            masterData.saveSupplementary(after, user);
        }
    }

    @Override
    protected void reload() {
        read = find(read.contractId(), read.hsaId());
        provider.setText(label(read.orgNr()));
        from.setText(SwedishFormat.date(read.validFrom()));
        to.setText(SwedishFormat.date(read.validTo()));
        showSupplementaries();
        part.setDirty(false);
        status("");
    }
}
