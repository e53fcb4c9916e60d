package se.vardval.cli;

import se.vardval.annual.DeficitCompensations;
import se.vardval.annual.RulebookYears;
import se.vardval.annual.Scenarios;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.Benchmark;
import se.vardval.core.service.DemoRegion;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.PaymentExports;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.service.RulebookService;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RunStore;
import se.vardval.followup.FollowUp;

/** The services the commands use, handed to each command when picocli creates it. */
record CliServices(ImportService imports, RulebookService rulebooks, PaymentRunService runner, RunStore runs,
        MasterDataStore masterData, ModelCatalog models, DemoRegion demo, Benchmark benchmark,
        PaymentExports exports, AuditLog audit, RulebookYears rulebookYears, Scenarios scenarios,
        DeficitCompensations deficits, FollowUp followUp, UserDirectory users, Passwords passwords) {
}
