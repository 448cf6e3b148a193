package cn.lvzhi.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The searchable text of an item: its name and every free text of its details, one per line. */
public final class ItemTexts {
    private ItemTexts() {
    }

    public static String searchText(String name, ItemDetails d) {
        List<String> texts = new ArrayList<>();
        texts.add(name);
        if (d.power() != null) {
            texts.add(d.power().legalBasis());
            texts.add(d.power().catalogueCode());
            listOf(d.power().supervisionDuties()).forEach(texts::add);
        }
        if (d.dutyTask() != null) {
            texts.add(d.dutyTask().mandateDuty());
            texts.add(d.dutyTask().workNorm());
            listOf(d.dutyTask().steps()).forEach(s -> texts.add(s.action()));
        }
        if (d.boundary() != null) {
            texts.add(d.boundary().leadResponsibility());
            texts.add(d.boundary().legalBasis());
            listOf(d.boundary().cooperating()).forEach(p -> texts.add(p.responsibility()));
            listOf(d.boundary().collaborationSteps()).forEach(texts::add);
        }
        if (d.territorial() != null) {
            texts.add(d.territorial().leadResponsibility());
            texts.add(d.territorial().townshipResponsibility());
        }
        if (d.collaboration() != null) {
            texts.add(d.collaboration().leadResponsibility());
            listOf(d.collaboration().cooperating()).forEach(p -> texts.add(p.responsibility()));
            listOf(d.collaboration().workflow()).forEach(texts::add);
        }
        if (d.village() != null) {
            texts.add(d.village().task());
        }
        return String.join("\n", texts.stream().filter(Objects::nonNull).filter(t -> !t.isBlank()).toList());
    }

    private static <T> Stream<T> listOf(List<T> list) {
        return list == null ? Stream.empty() : list.stream();
    }
}
