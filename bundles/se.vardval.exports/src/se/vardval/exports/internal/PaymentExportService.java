package se.vardval.exports.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Region;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.PaymentExports;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ComponentAccountStore;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RegionStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.engine.export.PaymentSpecificationCsv;
import se.vardval.exports.AccountPlan;
import se.vardval.exports.Ersattningsbesked;
import se.vardval.exports.PaymentWorkbook;
import se.vardval.exports.RejectedItemsCsv;
import se.vardval.exports.RunDocument;
import se.vardval.exports.Sie4File;

/**
 * Writes a run's outputs from the stores: the specification, the workbook and the rejected items at any state,
 * ersättningsbesked and the finance file only for approved runs; writing the finance file records the run as
 * exported.
 */
@Component
public class PaymentExportService implements PaymentExports {

    private final RunStore runs;
    private final MasterDataStore masterData;
    private final RulebookStore rulebooks;
    private final PaymentRunService runService;
    private final ComponentAccountStore accounts;
    private final ComponentNaming naming;
    private final RegionStore region;

    /** Created by DS with the stores, the run service and the components' naming. */
    @Activate
    public PaymentExportService(@Reference RunStore runs, @Reference MasterDataStore masterData,
            @Reference RulebookStore rulebooks, @Reference PaymentRunService runService,
            @Reference ComponentAccountStore accounts, @Reference ComponentNaming naming,
            @Reference RegionStore region) {
        this.accounts = accounts;
        this.naming = naming;
        this.region = region;
        this.runs = runs;
        this.masterData = masterData;
        this.rulebooks = rulebooks;
        this.runService = runService;
    }

    @Override
    public List<Path> export(long runId, Format format, Path target, String user) {
        PaymentRun run = runs.find(runId).orElseThrow(() -> new UserError("det finns ingen körning med id " + runId));
        if ((format == Format.PDF || format == Format.SIE4) && run.state() == RunState.CALCULATED) {
            throw new UserError("körning " + runId + " är inte attesterad; " + format
                    + " skrivs bara för attesterade körningar (csv och xlsx är till för granskningen före attest)");
        }
        Region payer = format == Format.PDF || format == Format.SIE4 ? payer() : null;
        RunDocument document = document(run);
        try {
            return switch (format) {
                case CSV -> List.of(write(file(target, PaymentSpecificationCsv.fileName(run)),
                        out -> csv(document, out)));
                case XLSX -> List.of(write(file(target, PaymentWorkbook.fileName(document)),
                        out -> new PaymentWorkbook(componentNames(document)).write(document, out)));
                case REJECTIONS -> List.of(write(file(target, RejectedItemsCsv.fileName(document)),
                        out -> new RejectedItemsCsv().write(document, out)));
                case PDF -> pdfs(document, payer, target);
                case SIE4 -> sie4(document, payer, target, user);
            };
        } catch (NoSuchFileException e) {
            throw new UserError("kan inte skriva " + e.getFile() + ": katalogen finns inte");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write run " + runId + " as " + format, e);
        }
    }

    private List<Path> pdfs(RunDocument document, Region payer, Path target) throws IOException {
        Path directory = target == null ? Path.of("") : target;
        if (!Files.isDirectory(directory)) {
            throw new UserError("ersättningsbesked skrivs ett per vårdgivare till en katalog; " + directory
                    + " är ingen katalog");
        }
        List<Path> written = new ArrayList<>();
        Ersattningsbesked besked = new Ersattningsbesked(componentNames(document), payer);
        for (String orgNr : document.providersConcerned()) {
            written.add(write(directory.resolve(Ersattningsbesked.fileName(document, orgNr)),
                    out -> besked.write(document, orgNr, out)));
        }
        return written;
    }

    private List<Path> sie4(RunDocument document, Region payer, Path target, String user) throws IOException {
        AccountPlan plan = AccountPlan.of(payer, accounts.find(document.run().careChoice()));
        Path file = write(file(target, Sie4File.fileName(document)),
                out -> new Sie4File().write(document, plan, LocalDate.now(), user, out));
        runService.recordExport(document.run().id(), user);
        return List.of(file);
    }

    /** The registered region, which the documents to providers and finance name as the payer. */
    private Region payer() {
        return region.find().orElseThrow(() -> new UserError("regionen som betalar är inte registrerad, och "
                + "ersättningsbesked och ekonomifilen anger den; registrera den med 'vardval region --county "
                + "<länskod> --org-nr <NNNNNN-NNNN>' eller i klienten under Arkiv › Regionen"));
    }

    private UnaryOperator<String> componentNames(RunDocument document) {
        return naming.namesOf(document.careChoice().id());
    }

    private RunDocument document(PaymentRun run) {
        CareChoice careChoice = masterData.registeredCareChoice(run.careChoice());
        String decision = rulebooks.find(run.careChoice(), run.rulebookYear()).map(Rulebook::decision).orElse("");
        return new RunDocument(run, careChoice, decision, masterData.providers(), masterData.units(),
                runs.lines(run.id()), runs.warnings(run.id()), runs.rejections(run.id()));
    }

    private static void csv(RunDocument document, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new PaymentSpecificationCsv(document.units()).write(document.run(), document.lines(), writer);
    }

    private static Path file(Path target, String conventionalName) {
        if (target == null) {
            return Path.of(conventionalName);
        }
        return Files.isDirectory(target) ? target.resolve(conventionalName) : target;
    }

    /** Writes one output file through a buffered stream. */
    private static Path write(Path file, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            content.writeTo(out);
        }
        return file;
    }

    /** Something written to a stream. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
