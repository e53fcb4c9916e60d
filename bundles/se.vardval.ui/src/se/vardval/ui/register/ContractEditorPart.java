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
import se.vardval.core.domain.Unit;
import se.vardval.core.service.UserError;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;

/**
 * Edits one contract row (a unit covered by a provider's contract in a vårdval): its validity, and the contract's
 * tilläggsuppdrag with their annual amounts; its provider is the unit's, shown but not chosen. The contract id and the
 * HSA-id are its key, chosen once when the row is registered (a new row starts with the unit of the part's preset, from
 * the first of next month).
 */
public class ContractEditorPart extends RegisterEditor {

    private String careChoice;
    private Contract read;
    private List<Provider> providers;
    private List<Unit> units;
    private Text contractId;
    private Combo unit;
    private Combo provider;
    private Text from;
    private Text to;
    private SupplementaryTable supplementaries;

    @Override
    protected void build(Composite area, String item) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        String[] key = item == null ? null : item.split("\\|");
        read = key == null ? null : find(key[0], key[1]);
        providers = masterData.providers();
        units = masterData.units();
        contractId = text(messages.register_contractId, "contract.id", read == null ? "" : read.contractId(),
                read == null);
        String hsaId = read == null ? preset() : read.hsaId();
        unit = choice(messages.register_unit, "contract.unit", units.stream().map(ContractEditorPart::label).toList(),
                units.stream().filter(u -> u.hsaId().equals(hsaId)).map(ContractEditorPart::label).findFirst()
                        .orElse(""));
        unit.setEnabled(read == null);
        provider = choice(messages.register_provider, "contract.provider",
                providers.stream().map(ContractEditorPart::label).toList(), providerLabel(providerOfRow()));
        provider.setEnabled(false);
        unit.addListener(SWT.Selection, e -> provider.setText(providerLabel(chosenUnit().orgNr())));
        from = text(messages.register_validFrom, "contract.validFrom", SwedishFormat.date(read == null
                ? LocalDate.now().withDayOfMonth(1).plusMonths(1) : read.validFrom()), true);
        to = text(messages.register_validTo, "contract.validTo", read == null ? "" : SwedishFormat.date(read.validTo()),
                true);
        new Label(area, SWT.NONE).setText(messages.register_supplementaries);
        new Label(area, SWT.NONE);
        supplementaries = new SupplementaryTable(area, messages, this::edited);
        showSupplementaries();
    }

    private String providerOfRow() {
        return read != null ? read.orgNr() : unit.getSelectionIndex() < 0 ? null : chosenUnit().orgNr();
    }

    private Unit chosenUnit() {
        return units.get(unit.getSelectionIndex());
    }

    private static String label(Provider provider) {
        return provider.name() + " (" + provider.orgNr() + ")";
    }

    private static String label(Unit unit) {
        return unit.name() + " (" + unit.hsaId() + ")";
    }

    private String providerLabel(String orgNr) {
        return providers.stream().filter(p -> p.orgNr().equals(orgNr)).findFirst().map(ContractEditorPart::label)
                .orElse("");
    }

    private Contract find(String id, String hsaId) {
        return masterData.contracts(careChoice).stream()
                .filter(c -> c.contractId().equals(id) && c.hsaId().equals(hsaId)).findFirst()
                .orElseThrow(() -> new UserError("det finns inget avtal " + id + " för " + hsaId));
    }

    private void showSupplementaries() {
        supplementaries.show(read == null ? List.of() : masterData.supplementaries(careChoice).stream()
                .filter(s -> s.contractId().equals(read.contractId())).toList());
    }

    @Override
    protected String item() {
        return read == null ? null : read.contractId() + "|" + read.hsaId();
    }

    @Override
    protected String heading() {
        return read == null ? messages.register_newContract
                : NLS.bind(messages.register_contractTitle, read.contractId(), read.hsaId());
    }

    @Override
    protected List<String> problems() {
        List<String> problems = problemList();
        check(problems, read == null && !Keys.isKey(contractId.getText()), messages.register_contractIdFormat);
        check(problems, unit.getSelectionIndex() < 0, messages.register_unitMissing);
        check(problems, provider.getSelectionIndex() < 0, messages.register_providerMissing);
        Dates.check(from.getText(), to.getText(), messages.register_contract, problems, messages);
        supplementaries.rows().forEach(row -> SupplementaryTable.check(row, problems, messages));
        return problems;
    }

    @Override
    protected void store(String user) {
        Contract after = new Contract(read == null ? contractId.getText().trim() : read.contractId(), careChoice,
                providers.get(provider.getSelectionIndex()).orgNr(), read == null ? chosenUnit().hsaId()
                        : read.hsaId(),
                LocalDate.parse(from.getText().trim()),
                to.getText().isBlank() ? null : LocalDate.parse(to.getText().trim()));
        if (read == null) {
            masterData.createContract(after, user);
            keyStored(contractId, after.contractId());
            unit.setEnabled(false);
        } else {
            masterData.updateContract(read, after, user);
        }
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
    protected void reread() {
        if (read != null) {
            read = find(read.contractId(), read.hsaId());
            provider.setText(providerLabel(read.orgNr()));
            from.setText(SwedishFormat.date(read.validFrom()));
            to.setText(SwedishFormat.date(read.validTo()));
        }
        showSupplementaries();
    }
}
