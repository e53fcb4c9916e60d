package se.vardval.ui.search;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Unit;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.search.ListingSearch.Row;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.parts.Widgets;

/**
 * Persons and listings: the vårdval where a person is listed, or everyone listed at one of a vårdval's contracted
 * units, in a month; a cell whose text its column cuts shows it whole as its tooltip.
 */
public class SearchPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    MasterDataStore masterData;

    @Inject
    @Service
    RulebookStore rulebooks;

    @Inject
    @Service
    ModelCatalog models;

    @Inject
    @Service
    RunStore runs;

    @Inject
    @Service
    RunDataSource data;

    @Inject
    UISynchronize sync;

    private Text month;
    private Text person;
    private Combo careChoice;
    private Combo unit;
    private Label status;
    private Table table;
    private List<CareChoice> careChoices;
    private List<Unit> units = List.of();
    private List<Row> rows = List.of();

    @PostConstruct
    void create(Composite parent) {
        careChoices = masterData.careChoices();
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        new Label(bar, SWT.NONE).setText(messages.run_period);
        month = text(bar, "search.month", 80);
        month.setText(DefaultMonth.ofAny(runs, rulebooks, careChoices.stream().map(CareChoice::id).toList())
                .toString());
        new Label(bar, SWT.NONE).setText(messages.run_person);
        person = text(bar, "search.person", 140);
        Widgets.button(bar, messages.search_person, "search.findPerson", this::findPerson);
        person.addListener(SWT.DefaultSelection, e -> findPerson());
        new Label(bar, SWT.NONE).setText(messages.search_listedAt);
        careChoice = combo(bar, "search.careChoice", careChoices.stream().map(CareChoice::name).toList());
        new Label(bar, SWT.NONE);
        unit = combo(bar, "search.unit", List.of());
        careChoice.addListener(SWT.Selection, e -> showUnits());
        showUnits();
        Widgets.button(bar, messages.search_unit, "search.findUnit", this::findUnit);
        status = new Label(parent, SWT.NONE);
        status.setData(ClientTags.WIDGET_KEY, "search.status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ClientTags.WIDGET_KEY, "search.results");
        Tables.tipCutTexts(table);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        String[] headings = { messages.search_personId, messages.search_sex, messages.search_age,
            messages.search_municipality, messages.search_careChoice, messages.run_unit, messages.register_validFrom,
            messages.register_validTo, messages.search_assigned };
        int[] widths = { 140, 50, 60, 80, 190, 220, 100, 100, 80 };
        for (int i = 0; i < headings.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headings[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, e -> {
            Row row = rows.get(table.indexOf((TableItem) e.item));
            ((TableItem) e.item).setText(new String[] { row.personId(), row.sex(), row.age(), row.municipality(),
                row.careChoice(), row.unit(), row.from(), row.to(), row.assigned() ? messages.search_yes : "" });
        });
    }

    private static Text text(Composite parent, String key, int width) {
        Text text = new Text(parent, SWT.BORDER);
        text.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static Combo combo(Composite parent, String key, List<String> items) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        items.forEach(combo::add);
        combo.select(0);
        combo.setData(ClientTags.WIDGET_KEY, key);
        return combo;
    }

    /** Offers the selected vårdval's contracted units, the first selected. */
    private void showUnits() {
        int selected = careChoice.getSelectionIndex();
        units = selected < 0 ? List.of() : search().units(careChoices.get(selected).id());
        unit.setItems(units.stream().map(Unit::name).toArray(String[]::new));
        unit.select(0);
        unit.getParent().layout();
    }

    private void findPerson() {
        String id = person.getText().trim();
        period().ifPresent(m -> search(() -> search().person(id, m),
                NLS.bind(messages.search_notListed, id, SwedishFormat.month(m))));
    }

    private void findUnit() {
        if (careChoice.getSelectionIndex() < 0 || unit.getSelectionIndex() < 0) {
            return;
        }
        String choice = careChoices.get(careChoice.getSelectionIndex()).id();
        String hsa = units.get(unit.getSelectionIndex()).hsaId();
        period().ifPresent(m -> search(() -> search().unit(choice, hsa, m), null));
    }

    private ListingSearch search() {
        return new ListingSearch(masterData, rulebooks, models, data);
    }

    private Optional<YearMonth> period() {
        try {
            return Optional.of(YearMonth.parse(month.getText().trim()));
        } catch (DateTimeParseException e) {
            status.setText(messages.run_badPeriod);
            return Optional.empty();
        }
    }

    /** Reads in the background and shows the rows found, or {@code none} (when given) if there are none. */
    private void search(Supplier<List<Row>> reading, String none) {
        status.setText(messages.search_searching);
        Job.create(messages.search_searching, monitor -> {
            try {
                List<Row> found = reading.get();
                sync.asyncExec(() -> show(found, none));
            } catch (RuntimeException e) {
                sync.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(e.getMessage());
                    }
                });
            }
        }).schedule();
    }

    private void show(List<Row> found, String none) {
        if (table.isDisposed()) {
            return;
        }
        rows = found;
        table.clearAll();
        table.setItemCount(found.size());
        if (found.isEmpty() && none != null) {
            status.setText(none);
        } else {
            status.setText(found.size() == 1 ? messages.search_foundOne
                    : NLS.bind(messages.search_found, SwedishFormat.number(BigDecimal.valueOf(found.size()))));
        }
    }
}
