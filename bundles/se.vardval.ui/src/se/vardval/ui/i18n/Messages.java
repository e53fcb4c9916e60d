package se.vardval.ui.i18n;

import se.vardval.core.domain.RunState;

/**
 * The client's texts in the user's language, injected with {@code @Translation} from
 * {@code OSGI-INF/l10n/bundle*.properties} (English by default, Swedish when the locale is Swedish). A field
 * {@code a_b} holds the key {@code a.b}.
 */
public class Messages {

    public String connection_title;
    public String connection_message;
    public String connection_demo;
    public String connection_local;
    public String connection_directory;
    public String connection_browse;
    public String connection_postgres;
    public String connection_url;
    public String connection_user;
    public String connection_password;
    public String connection_passwordNote;
    public String connection_missingLocation;
    public String connection_checking;
    public String login_title;
    public String login_message;
    public String login_user;

    public String nav_database;
    public String nav_providers;
    public String nav_rulebooks;
    public String nav_imports;
    public String nav_runs;
    public String nav_followUp;
    public String nav_modelMissing;
    public String nav_unusedModel;
    public String nav_contract;
    public String nav_rulebook;
    public String nav_run;
    public String nav_unavailable;
    public String nav_noServices;
    public String nav_accounts;
    public String nav_tools;

    public String run_period;
    public String run_calculate;
    public String run_cancel;
    public String run_calculating;
    public String run_reading;
    public String run_badPeriod;
    public String run_cancelled;
    public String run_none;
    public String run_header;
    public String run_partLabel;
    public String run_name;
    public String run_id;
    public String run_amount;
    public String run_component;
    public String run_basis;
    public String run_rate;
    public String run_linesHint;
    public String run_linesOf;
    public String run_unit;
    public String run_code;
    public String run_message;
    public String run_person;
    public String run_explainPerson;
    public String run_explainHint;
    public String run_explaining;
    public String run_tabUnits;
    public String run_tabHistory;
    public String run_tabWarnings;
    public String run_tabWarningsCount;
    public String run_tabExplanation;
    public String run_chartUnits;
    public String run_chartHistory;
    public String run_approve;
    public String run_correct;
    public String run_export;
    public String run_exportWhere;
    public String run_exporting;
    public String run_exported;
    public String run_correctionJob;
    public String run_hintCalculated;
    public String run_hintApproved;
    public String run_hintExported;

    public String rulebook_title;
    public String rulebook_partLabel;
    public String rulebook_save;
    public String rulebook_decide;
    public String rulebook_reload;
    public String rulebook_path;
    public String rulebook_reason;
    public String rulebook_missing;
    public String rulebook_noModel;
    public String rulebook_decided;
    public String rulebook_valid;
    public String rulebook_problems;
    public String rulebook_fixFirst;
    public String rulebook_conflict;
    public String rulebook_saved;
    public String rulebook_decisionPrompt;
    public String rulebook_addRow;
    public String rulebook_removeRow;
    public String rulebook_notANumber;
    public String rulebook_importTable;
    public String rulebook_importTitle;
    public String rulebook_importPrompt;
    public String rulebook_importFile;
    public String rulebook_importBrowse;
    public String rulebook_imported;
    public String rulebook_importRejected;

    public String import_title;
    public String import_sourceHint;
    public String import_path;
    public String import_directory;
    public String import_file;
    public String import_fileName;
    public String import_size;
    public String import_nothing;
    public String import_rows;
    public String import_outcome;
    public String import_accepted;
    public String import_rejected;
    public String import_errorsTitle;
    public String import_line;
    public String import_column;
    public String import_reason;
    public String import_cancelled;
    public String import_someRejected;
    public String import_allAccepted;

    public String followUp_partLabel;
    public String followUp_computed;
    public String followUp_show;
    public String followUp_reading;
    public String followUp_summary;
    public String followUp_region;
    public String followUp_suppressed;
    public String followUp_sex;
    public String followUp_everyone;
    public String followUp_women;
    public String followUp_men;
    public String followUp_indicator;
    public String followUp_trendTitle;
    public String followUp_noUnits;
    public String followUp_publish;
    public String followUp_published;
    public String followUp_notPublished;

    public String register_problems;
    public String register_conflict;
    public String register_orgNr;
    public String register_name;
    public String register_ownership;
    public String register_nameMissing;
    public String register_hsaId;
    public String register_provider;
    public String register_municipality;
    public String register_catchment;
    public String register_municipalityFormat;
    public String register_catchmentFormat;
    public String register_code;
    public String register_annualAmount;
    public String register_validFrom;
    public String register_validTo;
    public String register_addSupplementary;
    public String register_amountFormat;
    public String register_dateFormat;
    public String register_dateOrder;
    public String register_contractId;
    public String register_supplementaries;
    public String register_contractTitle;
    public String register_contract;

    public String search_person;
    public String search_listedAt;
    public String search_unit;
    public String search_personId;
    public String search_sex;
    public String search_age;
    public String search_careChoice;
    public String search_assigned;
    public String search_yes;
    public String search_searching;
    public String search_found;

    public String audit_at;
    public String audit_user;
    public String audit_entity;
    public String audit_key;
    public String audit_action;
    public String audit_before;
    public String audit_after;
    public String audit_from;
    public String audit_to;
    public String audit_text;
    public String audit_all;
    public String audit_dateHint;
    public String audit_textHint;
    public String audit_show;
    public String audit_exportCsv;
    public String audit_exportXlsx;
    public String audit_reading;
    public String audit_badDate;
    public String audit_found;
    public String audit_limited;
    public String audit_exported;
    public String audit_exportFailed;
    public String accounts_partLabel;
    public String accounts_title;
    public String accounts_hint;
    public String accounts_default;
    public String accounts_component;
    public String accounts_account;
    public String accounts_set;
    public String accounts_remove;
    public String accounts_unsaved;
    public String accounts_saved;
    public String tool_apply;
    public String tool_run;
    public String tool_running;
    public String tool_monthHint;
    public String tool_done;
    public String tool_proposes;
    public String tool_applied;

    public String status_draft;
    public String status_decided;
    public String state_calculated;
    public String state_approved;
    public String state_exported;

    /** The name of a run state. */
    public String runState(RunState state) {
        return switch (state) {
            case CALCULATED -> state_calculated;
            case APPROVED -> state_approved;
            case EXPORTED -> state_exported;
        };
    }
}
