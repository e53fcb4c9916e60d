package se.vardval.annual.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;

import se.vardval.annual.CompensationLine;
import se.vardval.annual.DeficitProposal;
import se.vardval.annual.DistributionBasis;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.Tables;

/**
 * A deficit compensation proposal per provider, expanding into its units: basis, rate and amount of each, as wide as
 * they are and whole beside the vertical scrollbar, the name taking the width left over.
 */
final class ProposalTree {

    /** A provider's share of the proposal: its units' lines and their sum. */
    record ProviderShare(Provider provider, List<CompensationLine> lines) {

        BigDecimal total() {
            return lines.stream().map(CompensationLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final TreeViewer viewer;
    private Map<String, String> unitNames = Map.of();
    private DistributionBasis basis = DistributionBasis.PER_LISTED;

    ProposalTree(Composite parent, Messages messages) {
        viewer = Tables.tree(parent, "deficit.proposal");
        viewer.setContentProvider(new Content());
        Tables.column(viewer, Object.class, messages.providerOrUnit, 300, this::name);
        Tables.column(viewer, Object.class, messages.municipalityColumn, 90,
                o -> o instanceof CompensationLine l && l.municipality() != null ? l.municipality() : "");
        Tables.numberColumn(viewer, Object.class, messages.basisColumn, 150,
                o -> o instanceof CompensationLine l ? basis(l.basis()) : "");
        Tables.numberColumn(viewer, Object.class, messages.rateColumn, 120,
                o -> o instanceof CompensationLine l ? SwedishFormat.number(l.rate()) : "");
        Tables.numberColumn(viewer, Object.class, messages.amountColumn, 150, o -> SwedishFormat.kronor(
                o instanceof ProviderShare p ? p.total() : ((CompensationLine) o).amount()));
        Tables.packColumns(viewer, 0);
    }

    TreeViewer viewer() {
        return viewer;
    }

    void show(DeficitProposal proposal, List<Provider> providers, List<Unit> units) {
        basis = proposal.inputs().basis();
        unitNames = units.stream().collect(Collectors.toMap(Unit::hsaId, Unit::name, (a, b) -> a));
        Map<String, Provider> byOrgNr = providers.stream()
                .collect(Collectors.toMap(Provider::orgNr, Function.identity(), (a, b) -> a));
        Map<String, List<CompensationLine>> lines = new LinkedHashMap<>();
        proposal.lines().forEach(l -> lines.computeIfAbsent(l.orgNr(), o -> new ArrayList<>()).add(l));
        List<ProviderShare> shares = new ArrayList<>();
        lines.forEach((orgNr, own) -> shares.add(new ProviderShare(byOrgNr.getOrDefault(orgNr,
                new Provider(orgNr, orgNr, null)), own)));
        shares.sort((a, b) -> a.provider().name().compareToIgnoreCase(b.provider().name()));
        viewer.setInput(shares);
        viewer.expandAll();
        Tables.refit(viewer.getTree());
    }

    private String basis(BigDecimal value) {
        return basis == DistributionBasis.PROPORTIONAL ? SwedishFormat.kronor(value) : SwedishFormat.fixed(value, 4);
    }

    private String name(Object element) {
        if (element instanceof ProviderShare share) {
            return share.provider().name();
        }
        CompensationLine line = (CompensationLine) element;
        return unitNames.getOrDefault(line.hsaId(), line.hsaId());
    }

    /** Providers at the top, their units below them. */
    private static final class Content implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof ProviderShare share ? share.lines().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ProviderShare;
        }
    }
}
