package se.vardval.tandvard.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.domain.Unit;
import se.vardval.core.model.RunInputs;
import se.vardval.tandvard.ListedChildren;
import se.vardval.tandvard.ListedChildrenService;
import se.vardval.tandvard.internal.TandvardParameters.AgeGroup;

/** Counts the listed children with the capitation's own classification of age group and care-need group. */
@Component(service = ListedChildrenService.class)
public final class ListedChildrenCounter implements ListedChildrenService {

    @Override
    public ListedChildren read(RunInputs inputs) {
        RunContext run = RunContext.of(inputs);
        List<AgeGroup> groups = run.parameters().ageGroups();
        Map<String, int[][]> counts = new LinkedHashMap<>();
        Map<String, Integer> outside = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        inputs.units().stream().sorted(Comparator.comparing(Unit::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(u -> names.put(u.hsaId(), u.name()));
        names.keySet().forEach(hsaId -> counts.put(hsaId, table(groups.size())));
        Capitation.forEachChild(run, null, child -> {
            int[][] clinic = counts.computeIfAbsent(child.hsaId(), h -> table(groups.size()));
            if (child.paid()) {
                clinic[groups.indexOf(child.group())][child.careNeedGroup() - 1]++;
            } else {
                outside.merge(child.hsaId(), 1, Integer::sum);
            }
        });
        List<ListedChildren.Clinic> clinics = new ArrayList<>();
        counts.forEach((hsaId, table) -> clinics.add(new ListedChildren.Clinic(hsaId,
                names.getOrDefault(hsaId, hsaId), rows(table), outside.getOrDefault(hsaId, 0))));
        return new ListedChildren(run.listingDay(), groups.stream().map(AgeGroup::label).toList(),
                TandvardParameters.CARE_NEED_GROUPS, List.copyOf(clinics));
    }

    private static int[][] table(int ageGroups) {
        return new int[ageGroups][TandvardParameters.CARE_NEED_GROUPS];
    }

    private static List<List<Integer>> rows(int[][] table) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int[] row : table) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        return List.copyOf(rows);
    }
}
