package io.ipcase.credit.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 重复侵权 (docs/domain.md, "Dishonesty list"): two administrative penalties for infringing the same kind of right within
 * the window, counted to the day (effective 2021-03-10 and again 2026-03-10 is within five years, 2026-03-11 is not).
 * Only penalties count — a ruling (行政裁决) settles a dispute between parties and is no penalty — and only the rights the
 * memoranda cover ({@code ipKinds}); the three kinds of patent are one right (专利). The result does not depend on the
 * order the decisions are reported in: each pair is named by its later infringement, whichever arrived first.
 */
public final class RepeatInfringement {

    /** an established infringement as the rule reads it: its record's key, the right, whether a penalty, when effective */
    public record Infringement(String key, String ipKind, boolean penalty, LocalDate effectiveOn) {
    }

    /** the later infringement {@code repeating} repeats {@code previous} */
    public record Repeat(Infringement previous, Infringement repeating) {
    }

    private final Period window;
    private final Set<String> ipKinds;

    /**
     * @param window how close two penalties must be
     * @param ipKinds the rights whose infringement counts ({@code IpKind} names)
     */
    public RepeatInfringement(Period window, Set<String> ipKinds) {
        this.window = window;
        this.ipKinds = Set.copyOf(ipKinds);
    }

    /** whether the infringement counts at all: a penalty, for a right the memoranda cover */
    public boolean counts(Infringement i) {
        return i.penalty() && i.ipKind() != null && ipKinds.contains(i.ipKind());
    }

    /**
     * Every repeat the new infringement makes with the subject's others, earlier or later: for each later infringement of a
     * pair, its latest previous one within the window.
     */
    public List<Repeat> repeatsWith(Infringement added, Collection<Infringement> others) {
        List<Repeat> repeats = new ArrayList<>();
        if (!counts(added)) {
            return repeats;
        }
        List<Infringement> all = new ArrayList<>(others.stream().filter(this::counts).filter(o -> sameRight(o, added)).toList());
        all.add(added);
        // the new one as the later of a pair
        previousOf(added, all).ifPresentOrElse(p -> repeats.add(new Repeat(p, added)), () -> { });
        // the new one as the earlier of a pair: each later one it now falls before
        for (Infringement later : all) {
            if (later != added && isBefore(added, later)) {
                previousOf(later, all).filter(p -> p == added).ifPresent(p -> repeats.add(new Repeat(added, later)));
            }
        }
        return repeats;
    }

    /** the latest infringement before this one within the window */
    private Optional<Infringement> previousOf(Infringement later, List<Infringement> all) {
        return all.stream().filter(e -> e != later && isBefore(e, later) && !later.effectiveOn().isAfter(e.effectiveOn().plus(window)))
                .max(ORDER);
    }

    private static final Comparator<Infringement> ORDER = Comparator.comparing(Infringement::effectiveOn).thenComparing(Infringement::key);

    private static boolean isBefore(Infringement a, Infringement b) {
        return ORDER.compare(a, b) < 0;
    }

    private static boolean sameRight(Infringement a, Infringement b) {
        return family(a.ipKind()).equals(family(b.ipKind()));
    }

    /** the right a kind belongs to: invention, utility model and design are all patents */
    static String family(String ipKind) {
        return ipKind.startsWith("PATENT_") ? "PATENT" : ipKind;
    }
}
