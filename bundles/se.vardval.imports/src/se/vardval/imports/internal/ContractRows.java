package se.vardval.imports.internal;

import java.time.LocalDate;
import java.util.Optional;

import se.vardval.core.domain.Contract;
import se.vardval.core.domain.OrgNr;
import se.vardval.imports.ImportSink;

/** Rows of {@code contracts.csv}: one per unit a contract covers, all rows of a contract naming one vårdval and provider. */
final class ContractRows extends RowParser<Contract> {

    private final DuplicateIndex contractHeads = new DuplicateIndex();

    ContractRows(References references) {
        super(references);
    }

    @Override
    Contract parse(Row row) {
        String contractId = row.required("contract_id");
        String careChoice = row.required("care_choice");
        if (careChoice != null) {
            checkReference(row, "care_choice", references().careChoice(careChoice), "okänt vårdval");
        }
        String orgNr = row.required("org_nr", OrgNr::normalise);
        if (orgNr != null) {
            checkReference(row, "org_nr", references().provider(orgNr), "okänd vårdgivare");
        }
        String hsaId = row.required("hsa_id");
        if (hsaId != null) {
            checkUnit(row, hsaId, orgNr);
        }
        LocalDate validFrom = row.required("valid_from", Values::date);
        LocalDate validTo = row.optional("valid_to", Values::date);
        checkInterval(row, validFrom, validTo);
        return new Contract(contractId, careChoice, orgNr, hsaId, validFrom, validTo);
    }

    /** The unit must be known and belong to the contract's provider, to whom its payments go. */
    private void checkUnit(Row row, String hsaId, String orgNr) {
        Optional<String> provider = references().unitProvider(hsaId);
        checkReference(row, "hsa_id", provider.isPresent(), "okänd enhet");
        if (provider.isPresent() && orgNr != null && !provider.get().equals(orgNr)) {
            row.error("hsa_id", "enheten '" + hsaId + "' hör till vårdgivaren " + provider.get()
                    + ", inte till avtalets " + orgNr);
        }
    }

    @Override
    boolean isNew(Contract contract, Row row) {
        long earlier = contractHeads.record(Fingerprint.of(contract.contractId()),
                Fingerprint.of(contract.careChoice(), contract.orgNr()), row.line());
        if (earlier > 0) {
            row.error("contract_id", "avtalet '" + contract.contractId()
                    + "' har en annan care_choice eller org_nr på rad " + earlier);
            return false;
        }
        return super.isNew(contract, row);
    }

    @Override
    String keyColumn() {
        return "hsa_id";
    }

    @Override
    Object[] naturalKey(Contract contract) {
        return new Object[] { contract.contractId(), contract.hsaId() };
    }

    @Override
    void deliver(Contract contract, long line, ImportSink sink) {
        sink.contract(contract, line);
    }

    @Override
    void define(Contract contract) {
        defined().contracts().add(contract.contractId());
    }
}
