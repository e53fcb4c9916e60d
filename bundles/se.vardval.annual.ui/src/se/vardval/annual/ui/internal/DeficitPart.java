package se.vardval.annual.ui.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import se.vardval.annual.CompensationGroup;
import se.vardval.annual.DeficitCompensations;
import se.vardval.annual.DeficitInputs;
import se.vardval.annual.DeficitProposal;
import se.vardval.annual.Deviation;
import se.vardval.annual.DistributionBasis;
import se.vardval.annual.SavedDeficitProposal;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.Split;

/**
 * Deficit compensation (Likvärdiga villkor) of a vårdval's year: the inputs with their sources, for the region or per
 * municipality, the distribution basis, and — calculated in a background job from the year's stored data — the
 * adjusted deviation, the calculation in words and a proposal per provider and unit; saved with its inputs, then
 * decided with the decision reference and the month of the next year it is paid in, by that month's normal payment
 * run and approval.
 */
public class DeficitPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    DeficitCompensations deficits;

    @Inject
    @Service
    MasterDataStore masterData;

    @Inject
    @Service
    RulebookStore rulebooks;

    @Inject
    @Service
    RunStore runs;

    @Inject
    MPart part;

    @Inject
    ActingUser user;

    private String careChoice;
    private Text year;
    private Combo basis;
    private Button perMunicipality;
    private Composite forms;
    private ScrolledComposite scroller;
    private final List<DeviationForm> deviations = new ArrayList<>();
    private JobBar job;
    private Text calculation;
    private ProposalTree proposal;
    private Text decision;
    private Text payIn;

    @PostConstruct
    void create(Composite parent) {
        careChoice = YearViews.open(part, parent, masterData, messages.partDeficit);
        settings(parent);
        SashForm sash = Split.filling(parent, SWT.VERTICAL);
        scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        forms = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(forms);
        scroller.setContent(forms);
        addDeviation();
        Composite results = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(results);
        calculation = new Text(results, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        calculation.setData(ClientTags.WIDGET_KEY, "deficit.calculation");
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(calculation);
        proposal = new ProposalTree(results, messages);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(proposal.viewer().getControl());
        sash.setWeights(45, 55);
        open();
    }

    private void settings(Composite parent) {
        Group group = Fields.group(parent, messages.deficitTitle, 8);
        Fields.label(group, messages.year);
        year = Fields.text(group, "deficit.year", 60);
        year.setText(Integer.toString(DefaultMonth.of(runs, rulebooks, careChoice).getYear()));
        Fields.label(group, messages.basis);
        basis = Fields.combo(group, "deficit.basis", List.of(messages.basisPerListed, messages.basisProportional), 300);
        basis.select(0);
        perMunicipality = Fields.check(group, messages.perMunicipality, "deficit.perMunicipality");
        Fields.button(group, messages.addMunicipality, "deficit.add", this::addDeviation);
        Fields.button(group, messages.removeMunicipality, "deficit.remove", this::removeDeviation);
        Fields.label(group, "");
        job = new JobBar(group, messages, messages.propose, "deficit", this::propose);
        GridDataFactory.fillDefaults().grab(true, false).span(8, 1).applyTo(job.control());
        decisionRow(group);
    }

    private void decisionRow(Group group) {
        Composite row = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(8, 1).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(row);
        Fields.button(row, messages.saveProposal, "deficit.save", this::save);
        Fields.label(row, messages.decision);
        decision = Fields.text(row, "deficit.decision", 220);
        Fields.label(row, messages.payIn);
        payIn = Fields.text(row, "deficit.payIn", 80);
        payIn.setMessage(messages.monthHint);
        Fields.button(row, messages.decide, "deficit.decide", this::decide);
        Fields.button(row, messages.showSaved, "deficit.open", this::open);
    }

    private void addDeviation() {
        deviations.add(new DeviationForm(forms, messages));
        relayout();
    }

    private void removeDeviation() {
        if (deviations.size() > 1) {
            deviations.remove(deviations.size() - 1).dispose();
            relayout();
        }
    }

    private void relayout() {
        forms.layout(true, true);
        scroller.setMinSize(forms.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    /** Proposes the compensation in a background job from the inputs typed and the year's stored data. */
    void propose() {
        Integer forYear = year();
        DeficitInputs inputs = inputs();
        if (forYear != null && inputs != null) {
            job.run(messages.propose, monitor -> deficits.propose(careChoice, forYear, inputs), this::show);
        }
    }

    /** Proposes and saves the compensation with its inputs and sources (the service checks the role). */
    void save() {
        Integer forYear = year();
        DeficitInputs inputs = inputs();
        String name = user.name();
        if (forYear != null && inputs != null) {
            job.run(messages.saveProposal, monitor -> deficits.save(careChoice, forYear, inputs, name), this::show);
        }
    }

    /** Decides the saved proposal of the year, to be paid in the month given of the next year. */
    void decide() {
        Integer forYear = year();
        if (forYear == null) {
            return;
        }
        String reference = decision.getText().trim();
        if (reference.isEmpty()) {
            job.status().error(messages.decisionMissing);
            return;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(payIn.getText().trim());
        } catch (DateTimeParseException e) {
            job.status().error(NLS.bind(messages.badMonth, payIn.getText()));
            return;
        }
        if (month.getYear() != forYear + 1) {
            job.status().error(NLS.bind(messages.payInNextYear, forYear + 1));
            return;
        }
        String name = user.name();
        job.run(messages.decide, monitor -> deficits.decide(careChoice, forYear, reference, month, name), this::show);
    }

    /** Shows the year's saved proposal with its inputs, if there is one. */
    void open() {
        Integer forYear = year();
        if (forYear == null) {
            return;
        }
        try {
            deficits.find(careChoice, forYear).ifPresentOrElse(saved -> {
                fill(saved.proposal().inputs());
                show(saved);
            }, () -> job.status().info(NLS.bind(messages.nothingSaved, forYear)));
        } catch (RuntimeException e) {
            job.status().error(StatusLine.reason(e));
        }
    }

    private Integer year() {
        try {
            return Integer.parseInt(year.getText().trim());
        } catch (NumberFormatException e) {
            job.status().error(NLS.bind(messages.badNumber, year.getText()));
            return null;
        }
    }

    private DeficitInputs inputs() {
        try {
            return new DeficitInputs(basis.getSelectionIndex() == 1 ? DistributionBasis.PROPORTIONAL
                    : DistributionBasis.PER_LISTED, perMunicipality.getSelection(),
                    deviations.stream().map(DeviationForm::deviation).toList());
        } catch (NumberFormatException e) {
            job.status().error(e.getMessage());
            return null;
        }
    }

    private void fill(DeficitInputs inputs) {
        basis.select(inputs.basis() == DistributionBasis.PROPORTIONAL ? 1 : 0);
        perMunicipality.setSelection(inputs.perMunicipality());
        while (deviations.size() < inputs.deviations().size()) {
            addDeviation();
        }
        while (deviations.size() > Math.max(1, inputs.deviations().size())) {
            removeDeviation();
        }
        for (int i = 0; i < inputs.deviations().size(); i++) {
            deviations.get(i).fill(inputs.deviations().get(i));
        }
    }

    private void show(SavedDeficitProposal saved) {
        show(saved.proposal());
        if (saved.decided()) {
            decision.setText(saved.decision());
            payIn.setText(saved.payIn().toString());
            job.status().info(NLS.bind(messages.proposalDecided, new Object[] { saved.proposal().year(),
                saved.decision(), SwedishFormat.month(saved.payIn()), SwedishFormat.kronor(saved.proposal().total()),
                saved.decidedBy() }));
        } else {
            job.status().info(NLS.bind(messages.proposalSaved, new Object[] { saved.proposal().year(),
                SwedishFormat.kronor(saved.proposal().total()), saved.savedBy(), SwedishFormat.time(saved.savedAt()) }));
        }
    }

    private void show(DeficitProposal shown) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < shown.groups().size(); i++) {
            lines.add(describe(shown.groups().get(i), shown.inputs().deviations().get(i), shown.inputs().basis()));
        }
        calculation.setText(String.join("\n", lines));
        proposal.show(shown, masterData.providers(), masterData.units());
        job.status().info(shown.lines().isEmpty() ? NLS.bind(messages.noCompensation, shown.year())
                : NLS.bind(messages.proposed, new Object[] { shown.year(), SwedishFormat.kronor(shown.total()),
                    shown.lines().size() }));
    }

    /** The calculation of one group in the user's language. */
    private String describe(CompensationGroup group, Deviation deviation, DistributionBasis basisUsed) {
        String where = group.municipality() == null ? messages.wholeRegion
                : NLS.bind(messages.inMunicipality, group.municipality());
        String formula = NLS.bind(messages.formula, new Object[] { where, SwedishFormat.kronor(deviation.result()
                .amount()), SwedishFormat.kronor(deviation.principalAssignment().amount()),
            SwedishFormat.kronor(deviation.lastResort().amount()),
            SwedishFormat.kronor(deviation.specialCommitment().amount()),
            SwedishFormat.kronor(deviation.stateGrants().amount()), SwedishFormat.kronor(group.adjustedDeviation()) });
        if (group.adjustedDeviation().signum() >= 0) {
            return formula + messages.neutral;
        }
        String regionRun = basisUsed == DistributionBasis.PROPORTIONAL ? SwedishFormat.kronor(group.regionRunBasis())
                : SwedishFormat.fixed(group.regionRunBasis(), 4);
        return formula + NLS.bind(basisUsed == DistributionBasis.PROPORTIONAL ? messages.rateProportional
                : messages.ratePerListed, regionRun, SwedishFormat.number(group.rate()));
    }

    @Focus
    void focus() {
        year.setFocus();
    }

    @PreDestroy
    void dispose() {
        job.dispose();
    }
}
