package se.vardval.imports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.vardval.core.domain.Listing;
import se.vardval.core.domain.PersonId;
import se.vardval.core.store.FileProblem;
import se.vardval.imports.ImportSink;

/**
 * Rows of {@code listings.csv}; overlapping listings of one person in one vårdval are found within the file and
 * against the stored listings (see {@link ListingOverlaps}). A row whose person and vårdval an earlier row may have had
 * is held back and checked after the file's last row, in file order.
 */
final class ListingRows extends RowParser<ListingOverlaps.Entry> {

    private final CheckedReferences careChoices;
    private final CheckedReferences units;
    private final ListingOverlaps overlaps = new ListingOverlaps();
    private final List<HeldListing> held = new ArrayList<>();

    ListingRows(References references) {
        super(references);
        this.careChoices = new CheckedReferences("care_choice", references::careChoice, "okänt vårdval");
        this.units = new CheckedReferences("hsa_id", references::unit, "okänd enhet");
    }

    @Override
    ListingOverlaps.Entry parse(Row row) {
        PersonId id = row.required("person_id", PersonId::parse);
        String careChoice = careChoices.required(row);
        String hsaId = units.required(row);
        LocalDate validFrom = row.required("valid_from", Values::date);
        LocalDate validTo = row.optional("valid_to", Values::date);
        checkStart(row, validFrom);
        checkInterval(row, validFrom, validTo);
        Boolean assigned = row.optional("assigned", Values::bool);
        if (row.hasErrors()) {
            return null;
        }
        Listing listing = new Listing(id.value(), careChoice, hsaId, validFrom, validTo, Boolean.TRUE.equals(assigned));
        return overlaps.entry(listing, overlapContent(listing));
    }

    private static void checkStart(Row row, LocalDate validFrom) {
        if (validFrom != null && !Listing.canStartOn(validFrom)) {
            row.error("valid_from", validFrom + " ligger utanför de dagar en listning kan börja på, "
                    + Listing.EARLIEST_START + "–" + Listing.LATEST_START);
        }
    }

    @Override
    void readAhead(List<ListingOverlaps.Entry> entries) {
        overlaps.readAhead(entries);
    }

    @Override
    boolean isNew(ListingOverlaps.Entry entry, Row row) {
        if (overlaps.addIfFirstOfKey(entry, row.line())) {
            return true;
        }
        held.add(new HeldListing(entry, row.withoutFields()));
        return false;
    }

    @Override
    void checkHeld(HeldRowSink<ListingOverlaps.Entry> checked) {
        if (held.isEmpty()) {
            return;
        }
        overlaps.chainKeysOf(held.stream().map(HeldListing::entry).toList());
        for (HeldListing h : held) {
            long earlier = overlaps.add(h.entry(), h.row().line());
            if (earlier > 0) {
                h.row().error("valid_from", "överlappar listningen på rad " + earlier + " (samma person och vårdval)");
            }
            checked.accept(h.entry(), h.row(), earlier == 0);
        }
        held.clear();
    }

    /** What tells a repeated listing from another one with the same key: its unit, end and assignment. */
    private static long overlapContent(Listing listing) {
        long end = listing.validTo() == null ? Integer.MAX_VALUE : listing.validTo().toEpochDay();
        return Fingerprint.of(listing.hsaId(), 2 * end + (listing.assigned() ? 1 : 0));
    }

    @Override
    void finish(String file, List<FileProblem> errors) {
        overlaps.checkStored(references().stored(),
                (reason, line) -> errors.add(new FileProblem(file, line, "valid_from", reason)));
    }

    @Override
    String keyColumn() {
        return "valid_from";
    }

    @Override
    Object[] naturalKey(ListingOverlaps.Entry entry) {
        Listing listing = entry.listing();
        return new Object[] { listing.personId(), listing.careChoice(), listing.validFrom() };
    }

    @Override
    void deliver(ListingOverlaps.Entry entry, long line, ImportSink sink) {
        sink.listing(entry.listing(), line);
    }

    /** A row whose person and vårdval an earlier row may have had, checked after the file's last row. */
    private record HeldListing(ListingOverlaps.Entry entry, Row row) {
    }
}
