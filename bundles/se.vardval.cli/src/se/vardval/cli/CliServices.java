package se.vardval.cli;

import se.vardval.annual.BudgetCalibration;
import se.vardval.annual.DeficitCompensations;
import se.vardval.annual.RulebookYears;
import se.vardval.annual.Scenarios;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.Benchmark;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.DemoRegion;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.ModelTools;
import se.vardval.core.service.PaymentExports;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.service.RulebookService;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.ComponentAccountStore;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RegionStore;
import se.vardval.core.store.RunStore;
import se.vardval.followup.FollowUp;

/** The services the commands use, handed to each command when picocli creates it. */
record CliServices(ImportService imports, RulebookService rulebooks, PaymentRunService runner, RunStore runs,
        MasterDataStore masterData, ModelCatalog models, DemoRegion demo, Benchmark benchmark,
        PaymentExports exports, AuditLog audit, RulebookYears rulebookYears, Scenarios scenarios,
        DeficitCompensations deficits, FollowUp followUp, UserDirectory users, Passwords passwords,
        BudgetCalibration calibration, ComponentAccountStore accounts, ComponentNaming naming, ModelTools tools,
        RegionStore region) {

    /** The same services acting with another user directory and password source (e.g. a shared database in a test). */
    CliServices withUsers(UserDirectory otherUsers, Passwords otherPasswords) {
        return new CliServices(imports, rulebooks, runner, runs, masterData, models, demo, benchmark, exports, audit,
                rulebookYears, scenarios, deficits, followUp, otherUsers, otherPasswords, calibration, accounts, naming,
                tools, region);
    }
}
