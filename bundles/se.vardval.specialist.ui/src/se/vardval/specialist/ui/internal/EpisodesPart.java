package se.vardval.specialist.ui.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;
import se.vardval.specialist.EpisodeRegister;
import se.vardval.specialist.EpisodeStatus;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.views.Background;
import se.vardval.ui.views.CareChoiceNames;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.MonthBar;

/**
 * The care episodes of a specialist vårdval as its model follows them up to the end of a month: each paid episode
 * with its unit, start, the last day of its warranty and whether the warranty still runs, the follow-ups and
 * re-operations within it and its PROM result.
 */
public class EpisodesPart {

    private static final Color UNDER_WARRANTY = new Color(44, 130, 44);
    private static final Color ENDED = new Color(120, 120, 120);

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
    RunDataSource data;

    @Inject
    @Service
    RunStore runs;

    @Inject
    MPart part;

    @Inject
    UISynchronize sync;

    private String careChoice;
    private MonthBar bar;
    private TableViewer table;
    private LocalDate day;
    private Map<String, String> unitNames = Map.of();

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        bar = MonthBar.atTop(parent, messages.month, messages.show, "episodes", null, this::show);
        table = Tables.table(parent, "episodes.table");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(messages.patient, 130, SWT.LEFT, EpisodeStatus::personId);
        EpisodeNames episodes = new EpisodeNames(messages);
        column(messages.episode, 90, SWT.LEFT, e -> episodes.of(e.episode()));
        column(messages.unit, 240, SWT.LEFT, e -> unitNames.getOrDefault(e.hsaId(), e.hsaId()));
        column(messages.start, 100, SWT.LEFT, e -> SwedishFormat.date(e.start()));
        column(messages.warrantyEnd, 110, SWT.LEFT, e -> SwedishFormat.date(e.warrantyEnd()));
        TableViewerColumn status = column(messages.status, 150, SWT.LEFT, e -> e.underWarranty(day)
                ? messages.underWarranty : messages.warrantyEnded);
        status.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((EpisodeStatus) element).underWarranty(day) ? messages.underWarranty : messages.warrantyEnded;
            }

            @Override
            public Color getForeground(Object element) {
                return ((EpisodeStatus) element).underWarranty(day) ? UNDER_WARRANTY : ENDED;
            }
        });
        column(messages.followUps, 110, SWT.RIGHT, e -> Integer.toString(e.followUps()));
        column(messages.reoperations, 220, SWT.RIGHT, e -> Integer.toString(e.reoperations()));
        column(messages.prom, 70, SWT.RIGHT, e -> e.promDelta() == null ? "" : SwedishFormat.fixed(e.promDelta(), 2));
        bar.open(DefaultMonth.of(runs, rulebooks, careChoice));
    }

    private void show(YearMonth month) {
        bar.summary(messages.reading);
        Background.read(messages.reading, sync, table.getControl(), () -> read(month), e -> show(month, e),
                bar::summary);
    }

    private Optional<List<EpisodeStatus>> read(YearMonth month) {
        Optional<Rulebook> rulebook = rulebooks.find(careChoice, month.getYear());
        Optional<CareChoice> choice = masterData.careChoice(careChoice);
        if (rulebook.isEmpty() || choice.isEmpty()) {
            return Optional.empty();
        }
        unitNames = masterData.units().stream().collect(Collectors.toMap(Unit::hsaId, Unit::name, (a, b) -> a));
        List<EpisodeStatus> episodes = EpisodeRegister.episodes(data.open(choice.get(), month,
                rulebook.get().parameters()));
        return Optional.of(episodes.stream().sorted(Comparator.comparing(EpisodeStatus::start).reversed()).toList());
    }

    private void show(YearMonth month, Optional<List<EpisodeStatus>> episodes) {
        day = month.atEndOfMonth();
        if (episodes.isEmpty()) {
            bar.summary(NLS.bind(messages.noRulebook, CareChoiceNames.of(masterData, careChoice), month.getYear()));
            table.setInput(List.of());
            return;
        }
        List<EpisodeStatus> shown = episodes.get();
        table.setInput(shown);
        bar.summary(shown.isEmpty() ? NLS.bind(messages.noEpisodes, SwedishFormat.month(month))
                : summary(month, shown));
    }

    /** The month's episodes counted: since when, how many under warranty at its end, their re-operations. */
    private String summary(YearMonth month, List<EpisodeStatus> shown) {
        long open = shown.stream().filter(e -> e.underWarranty(day)).count();
        int reoperations = shown.stream().mapToInt(EpisodeStatus::reoperations).sum();
        String since = shown.stream().map(EpisodeStatus::start).min(Comparator.naturalOrder())
                .map(SwedishFormat::date).orElseThrow();
        return NLS.bind(messages.episodesSummary, new Object[] { SwedishFormat.month(month), shown.size(), since,
                open, SwedishFormat.date(day), reoperations });
    }

    private TableViewerColumn column(String title, int width, int alignment, Function<EpisodeStatus, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((EpisodeStatus) element);
            }
        });
        return column;
    }
}
