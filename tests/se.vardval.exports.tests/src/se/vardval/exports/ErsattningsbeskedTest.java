package se.vardval.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/**
 * The ersättningsbesked read back as text: figures, Swedish letters, rejected items with their reasons, page numbers
 * and only the provider's own data and persons.
 */
class ErsattningsbeskedTest {

    @Test
    void showsTheProvidersUnitsComponentsAndTotalsInSwedish() throws IOException {
        String text = text(Fixture.document(), Fixture.REGION);

        assertTrue(text.contains("Ersättningsbesked"), text);
        assertTrue(text.contains("Utbetalare: Region Jämtland Härjedalen (org.nr 232100-0206)"), text);
        assertTrue(text.contains("Hälsoval, period 2020-03"), text);
        assertTrue(text.contains("Vårdgivare: Region Jämtland Härjedalen (org.nr 2321000206)"), text);
        assertTrue(text.contains("Förfrågningsunderlag 2020, beslut RS 2019-11-26 § 201"), text);
        assertTrue(text.contains("Utbetalning nr 42, attesterad av bertil"), text);
        assertTrue(text.contains("Vårdenhet: Östersund Lugnvik (SE-OST)"), text);
        assertTrue(text.contains("AGE_CAPITATION 2 500 204,4166666667 511 041,67"), text);
        assertTrue(text.contains("CNI 1,2 50 000 60 000,00"), text);
        assertTrue(text.contains("Summa vårdenhet 571 041,67"), text);
        assertTrue(text.contains("Vårdenhet: Bräcke hälsocentral (SE-BRA)"), text);
        assertTrue(text.contains("AGE_CAPITATION 386,75 204,4166666667 78 892,68"), text);
        assertTrue(text.contains("Att utbetala totalt: 649 934,35 kr"), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("Anmärkningar SE-OST CNI_FALLBACK: CNI från 2020-01 används"),
                text);
        assertTrue(text.contains("Sida 1 av 1"), text);
    }

    @Test
    void namesEachComponentAsTheVardvalsModelDoes() throws IOException {
        Map<String, String> names = Map.of("AGE_CAPITATION", "Åldersviktad vårdpeng", "CNI", "Vårdtyngd enligt CNI");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new Ersattningsbesked(c -> names.getOrDefault(c, c), Fixture.PAYER).write(Fixture.document(), Fixture.REGION, pdf);
        String text;
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            text = new PDFTextStripper().getText(read);
        }

        assertTrue(text.contains("Åldersviktad vårdpeng 2 500 204,4166666667 511 041,67"), text);
        assertTrue(text.contains("Vårdtyngd enligt CNI 1,2 50 000 60 000,00"), text);
        assertFalse(text.contains("AGE_CAPITATION"), text);
    }

    @Test
    void aLongRemarkIsBrokenIntoLinesWithinThePage() throws IOException {
        RunDocument one = Fixture.document();
        String message = "34 av de listade saknar avstånd till länssjukhuset i personregistret och ger ingen"
                + " glesbygdsersättning.";
        RunDocument document = new RunDocument(one.run(), one.careChoice(), one.decision(), one.providers(),
                one.units(), one.lines(), List.of(new RunWarning("SE-OST", "DISTANCE_MISSING", message)));

        String text = text(document, Fixture.REGION);

        assertFalse(text.contains(message), "on one line it ran off the page: " + text);
        assertTrue(text.replaceAll("\\s+", " ").contains("SE-OST DISTANCE_MISSING: " + message), text);
    }

    @Test
    void listsTheProvidersRejectedItemsPerUnitWithReasonCodesAndReasonsAfterTheComponents() throws IOException {
        String text = text(Fixture.document(), Fixture.REGION);
        String flat = text.replaceAll("\\s+", " ");

        assertTrue(flat.contains("Att utbetala totalt: 649 934,35 kr Avvisade poster (ersätts inte) 3 poster:"
                + " NO_CONTRACT 1, NO_VISIT_PRICE 1, REFERRAL_MISSING 1"), text);
        assertTrue(flat.contains("Vårdenhet: Bräcke hälsocentral (SE-BRA) Datum Person Post Orsakskod Orsak"
                + " – – AVTAL-7 NO_CONTRACT enheten saknar avtal i månaden"), text);
        assertTrue(flat.contains("Vårdenhet: Östersund Lugnvik (SE-OST) Datum Person Post Orsakskod Orsak"
                + " 2020-03-04 19121212-1212 HV0000000101 REFERRAL_MISSING nybesök utan remiss;"
                + " förfrågningsunderlaget kräver remiss"
                + " 2020-03-09 19400101-9019 HV0000000102 NO_VISIT_PRICE inget pris för kontakttyp PHYSICAL, yrke"
                + " NURSE och besökstyp RETURN i prislistan för 2020; remissen gällde [personnummer], inte"
                + " patienten Anmärkningar"), text);
        assertFalse(text.contains(Fixture.UNRELATED_PERSON), "a personnummer in a reason is masked: " + text);
        assertTrue(text.contains("Sida 1 av 1"), text);

        String are = text(Fixture.document(), Fixture.ARE).replaceAll("\\s+", " ");
        assertTrue(are.contains("1 post: UNKNOWN_DRG 1 Vårdenhet: Åre hälsocentral (SE-ARE) Datum Person Post"
                + " Orsakskod Orsak 2020-03-11 19850505-1238 HV0000000104 UNKNOWN_DRG DRG-koden 999X finns inte i"
                + " årets viktlista"), are);
    }

    @Test
    void aProviderWhoseEveryItemWasRejectedGetsABeskedOfNothingToPay() throws IOException {
        RunDocument all = Fixture.document();
        RunDocument document = new RunDocument(all.run(), all.careChoice(), all.decision(), all.providers(),
                all.units(), all.lines().stream().filter(l -> !l.hsaId().equals("SE-ARE")).toList(), all.warnings(),
                all.rejections());
        assertEquals(List.of(Fixture.REGION, Fixture.ARE), document.providersConcerned());
        String are = text(document, Fixture.ARE).replaceAll("\\s+", " ");
        assertTrue(are.contains("Att utbetala totalt: 0,00 kr Avvisade poster (ersätts inte) 1 post: UNKNOWN_DRG 1"),
                are);
    }

    @Test
    void containsNothingOfOtherProviders() throws IOException {
        String text = text(Fixture.document(), Fixture.REGION);
        assertFalse(text.contains(Fixture.ARE_PATIENT), text);
        assertFalse(text.contains("HV0000000104"), text);
        assertFalse(text.contains("UNKNOWN_DRG"), text);
        assertFalse(text.contains("SE-ARE"), text);
        assertFalse(text.contains("Åre"), text);
        assertFalse(text.contains("NO_DISTANCE"), text);
        assertFalse(text.contains("RUN_WIDE"), text);

        String are = text(Fixture.document(), Fixture.ARE);
        assertTrue(are.contains("PENALTY 1 -10 000 -10 000,00"), are);
        assertTrue(are.contains("Att utbetala totalt: 605 800,21 kr"), are);
        assertFalse(are.contains("SE-OST"), are);
        assertFalse(are.contains(Fixture.OST_PATIENT) || are.contains(Fixture.OST_OTHER_PATIENT), are);
        assertFalse(are.contains("REFERRAL_MISSING") || are.contains("AVTAL-7"), are);
    }

    @Test
    void aLongBeskedIsNumberedOnEveryPage() throws IOException {
        RunDocument one = Fixture.document();
        List<PaymentLine> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add(new PaymentLine("SE-OST", String.format("COMPONENT_%03d", i), BigDecimal.ONE, BigDecimal.TEN,
                    new BigDecimal("10.00")));
        }
        PaymentRun correction = new PaymentRun(43, "halsoval", one.run().period(), 2020, one.run().state(), "x",
                null, "anna", Instant.EPOCH, "bertil", Instant.EPOCH, 42L, null);
        RunDocument document = new RunDocument(correction, one.careChoice(), one.decision(), one.providers(),
                one.units(), lines, List.of());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new Ersattningsbesked(UnaryOperator.identity(), Fixture.PAYER).write(document, Fixture.REGION, pdf);
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            int pages = read.getNumberOfPages();
            assertTrue(pages > 1);
            String text = new PDFTextStripper().getText(read);
            for (int page = 1; page <= pages; page++) {
                assertTrue(text.contains("Sida " + page + " av " + pages), text);
            }
            assertTrue(text.contains("Ersättningsbesked – rättelse"), text);
            assertTrue(text.contains("rättelse av utbetalning nr 42 (belopp är skillnader)"), text);
            assertTrue(text.contains("Att utbetala totalt: 1 200,00 kr"), text);
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains("Avvisade poster (ersätts inte) Inga. Anmärkningar Inga."), text);
        }
        assertEquals("ersattningsbesked-halsoval-2020-03-correction-43-2321000206.pdf",
                Ersattningsbesked.fileName(document, Fixture.REGION));
    }

    private static String text(RunDocument document, String orgNr) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new Ersattningsbesked(UnaryOperator.identity(), Fixture.PAYER).write(document, orgNr, pdf);
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFTextStripper().getText(read);
        }
    }
}
