package newskg.ingest;

import java.util.List;
import java.util.Map;

import newskg.model.Problem;

/**
 * What a run did: how many documents ended in each outcome, and every problem with its reason.
 *
 * <pre>{@code
 * IngestSummary s = pipeline.run(sources, sink);
 * if (s.hasErrors()) return 3;   // completed with problems
 * }</pre>
 */
public record IngestSummary(Map<Outcome, Integer> counts, List<Problem> problems, long events, long millis) {

    /**
     * How one document ended: stored or printed; unchanged since the last run; skipped (older
     * than {@code --since}); disallowed by robots.txt; refused (scheme or private address);
     * failed (with its reason among the problems).
     */
    public enum Outcome {
        STORED, PRINTED, UNCHANGED, SKIPPED, DISALLOWED, REFUSED, FAILED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public IngestSummary {
        counts = Map.copyOf(counts);
        problems = List.copyOf(problems);
    }

    public int count(Outcome o) {
        return counts.getOrDefault(o, 0);
    }

    /** Whether some document failed (exit code 3, "completed with problems"). */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
