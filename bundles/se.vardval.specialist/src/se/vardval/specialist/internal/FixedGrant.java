package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;

/**
 * {@code FIXED} (anslag, procured care): for each contract in force on the first day of the month with a
 * tilläggsuppdrag of the rulebook's {@code fixedGrantCode}, one twelfth of its annual amount, paid once per contract to
 * the first of its units that day (by HSA-id); none when the code is empty.
 */
final class FixedGrant {

    private FixedGrant() {
    }

    static List<PaymentLine> lines(RunContext run) {
        List<PaymentLine> lines = new ArrayList<>();
        String code = run.parameters().fixedGrantCode();
        if (code.isEmpty()) {
            return lines;
        }
        LocalDate first = run.inputs().period().atDay(1);
        Map<String, Contract> paidUnit = new TreeMap<>();
        for (Contract c : run.inputs().contracts()) {
            if (c.validOn(first)) {
                paidUnit.merge(c.contractId(), c, (a, b) -> a.hsaId().compareTo(b.hsaId()) <= 0 ? a : b);
            }
        }
        for (Contract contract : paidUnit.values()) {
            List<Supplementary> grants = grants(run, contract, code, first);
            if (!grants.isEmpty()) {
                BigDecimal annual = grants.stream().map(Supplementary::annualAmount).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
                PaymentLines.add(lines, contract.hsaId(), Components.FIXED, BigDecimal.valueOf(grants.size()), annual,
                        PaymentLines.MONTHS);
            }
        }
        return lines;
    }

    /** The contract's grants with the code in force on the day. */
    static List<Supplementary> grants(RunContext run, Contract contract, String code, LocalDate day) {
        return run.inputs().supplementaries().stream().filter(s -> s.contractId().equals(contract.contractId())
                && s.code().equals(code) && s.validOn(day)).toList();
    }
}
