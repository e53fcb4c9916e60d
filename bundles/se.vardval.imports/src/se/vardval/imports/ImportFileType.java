package se.vardval.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The CSV files of {@code data-formats.md}, declared in the order a whole import directory is imported in (each file
 * may refer to what the files before it define).
 */
public enum ImportFileType {
    /** {@code providers.csv}: vårdgivare. */
    PROVIDERS("providers", "org_nr;name;ownership", "org_nr;name;ownership"),
    /** {@code units.csv}: vårdenheter. */
    UNITS("units", "hsa_id;name;org_nr;municipality;catchment_population", "hsa_id;name;org_nr;municipality"),
    /** {@code contracts.csv}: one row per unit covered by a contract. */
    CONTRACTS("contracts", "contract_id;care_choice;org_nr;hsa_id;valid_from;valid_to",
            "contract_id;care_choice;org_nr;hsa_id;valid_from"),
    /** {@code supplementary.csv}: tilläggsuppdrag of contracts. */
    SUPPLEMENTARY("supplementary", "contract_id;code;name;annual_amount;valid_from;valid_to",
            "contract_id;code;name;annual_amount;valid_from"),
    /** {@code persons.csv}: invånare. */
    PERSONS("persons", "person_id;birth_date;sex;municipality;area_code;distance_km;cni_flags",
            "person_id;municipality"),
    /** {@code listings.csv}: listningar. */
    LISTINGS("listings", "person_id;care_choice;hsa_id;valid_from;valid_to;assigned",
            "person_id;care_choice;hsa_id;valid_from"),
    /** {@code activities.csv}: vårdkontakter. */
    ACTIVITIES("activities",
            "activity_id;care_choice;person_id;hsa_id;date;contact_type;profession;clinician;patient_fee;out_of_county;codes",
            "activity_id;care_choice;person_id;hsa_id;date;contact_type;profession"),
    /** {@code costs.csv}: kostnadsansvar per unit and period. */
    COSTS("costs", "hsa_id;period;category;amount;reference", "hsa_id;period;category;amount"),
    /** {@code cni_units.csv}: SCB's Care Need Index delivery per unit. */
    CNI_UNITS("cni_units",
            "hsa_id;period;population;n_under5;n_foreign_born;n_old_alone;n_single_parent;n_moved_in;n_unemployed;n_low_education;index;cni",
            "hsa_id;period;population;n_under5;n_foreign_born;n_old_alone;n_single_parent;n_moved_in;n_unemployed;n_low_education;index;cni"),
    /** {@code indicators.csv}: follow-up indicators per unit and period. */
    INDICATORS("indicators", "hsa_id;period;indicator;sex;numerator;denominator",
            "hsa_id;period;indicator;numerator;denominator"),
    /** {@code penalties.csv}: viten. */
    PENALTIES("penalties", "hsa_id;decided;weeks;reason", "hsa_id;decided;weeks");

    private final String baseName;
    private final List<String> columns;
    private final Set<String> requiredColumns;

    ImportFileType(String baseName, String columns, String requiredColumns) {
        this.baseName = baseName;
        this.columns = List.of(columns.split(";"));
        this.requiredColumns = Set.of(requiredColumns.split(";"));
    }

    /** The file name of the contract, e.g. {@code providers.csv}. */
    public String fileName() {
        return baseName + ".csv";
    }

    /** All columns in the order of the specification (the order files are written in). */
    public List<String> columns() {
        return columns;
    }

    /** The columns that must be in the header because each row needs a value there. */
    public Set<String> requiredColumns() {
        return requiredColumns;
    }

    /** The file types in dependency order: providers, units, contracts, …, penalties. */
    public static List<ImportFileType> importOrder() {
        return Arrays.asList(values());
    }

    /**
     * The file type a file name stands for, case-insensitively: the contract's name ({@code listings.csv}) or that
     * name with a suffix after {@code -} or {@code _} ({@code activities-2020-03.csv}).
     */
    public static Optional<ImportFileType> forFileName(String fileName) {
        return Arrays.stream(values()).filter(t -> standsFor(fileName, t.fileName())).findFirst();
    }

    /**
     * Whether a file name stands for a file of the formats, case-insensitively: its name ({@code referrals.csv}) or
     * that name with a suffix after {@code -} or {@code _} ({@code referrals-2020.csv}).
     */
    public static boolean standsFor(String fileName, String formatFileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String format = formatFileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") || !format.endsWith(".csv")) {
            return false;
        }
        String stem = name.substring(0, name.length() - 4);
        String base = format.substring(0, format.length() - 4);
        return stem.equals(base) || stem.startsWith(base + "-") || stem.startsWith(base + "_");
    }
}
