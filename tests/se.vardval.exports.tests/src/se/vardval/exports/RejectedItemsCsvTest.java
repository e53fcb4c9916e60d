package se.vardval.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;

/** The administrators' list of a run's rejected items: every provider's, one row each, sorted, read back. */
class RejectedItemsCsvTest {

    @Test
    void writesARowPerRejectedItemSortedByProviderUnitDateAndItem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RejectedItemsCsv().write(Fixture.document(), out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertEquals("run_id;period;care_choice;org_nr;hsa_id;item_id;person_id;date;reason_code;reason\n"
                + "42;2020-03;halsoval;2321000206;SE-BRA;AVTAL-7;;;NO_CONTRACT;enheten saknar avtal i månaden\n"
                + "42;2020-03;halsoval;2321000206;SE-OST;HV0000000101;19121212-1212;2020-03-04;REFERRAL_MISSING;"
                + "\"nybesök utan remiss; förfrågningsunderlaget kräver remiss\"\n",
                text.lines().limit(3).map(line -> line + "\n").reduce("", String::concat));
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(RejectedItemsCsv.HEADER, parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(4, rows.size());
        assertEquals(List.of("42", "2020-03", "halsoval", "2321000206", "SE-OST", "HV0000000102", "19400101-9019",
                "2020-03-09", "NO_VISIT_PRICE", Fixture.REJECTIONS.get(3).reason()), rows.get(2).toList());
        assertEquals(List.of("42", "2020-03", "halsoval", "5560000019", "SE-ARE", "HV0000000104", "19850505-1238",
                "2020-03-11", "UNKNOWN_DRG", "DRG-koden 999X finns inte i årets viktlista"), rows.get(3).toList());
        assertEquals("rejections-halsoval-2020-03.csv", RejectedItemsCsv.fileName(Fixture.document()));
    }

    @Test
    void aRunThatRejectedNothingHasTheHeaderOnlyAndACorrectionItsOwnName() throws IOException {
        RunDocument one = Fixture.document();
        PaymentRun correction = new PaymentRun(43, "halsoval", one.run().period(), 2020, RunState.CALCULATED, "x",
                null, "anna", Instant.EPOCH, null, null, 42L, BigDecimal.ZERO);
        RunDocument document = new RunDocument(correction, one.careChoice(), one.decision(), one.providers(),
                one.units(), List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RejectedItemsCsv().write(document, out);
        assertEquals("run_id;period;care_choice;org_nr;hsa_id;item_id;person_id;date;reason_code;reason\n",
                out.toString(StandardCharsets.UTF_8));
        assertEquals("rejections-halsoval-2020-03-correction-43.csv", RejectedItemsCsv.fileName(document));
    }
}
