package newskg.ingest.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import newskg.ingest.nlp.Dependency;
import newskg.ingest.nlp.Sentence;
import newskg.ingest.nlp.Token;

/**
 * Fast access to one sentence's dependency structure: the basic tree (heads, relations) and the
 * enhanced++ graph (paths), with token indexes as in {@link Sentence}.
 */
final class Tree {
    final Sentence sentence;
    private final Lexicon lexicon;
    private final int[] head;
    private final String[] rel;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;
    private final List<List<Integer>> kids;

    Tree(Sentence s, Lexicon lexicon) {
        this.sentence = s;
        this.lexicon = lexicon;
        int n = s.tokens().size();
        head = new int[n];
        rel = new String[n];
        Arrays.fill(head, -1);
        Arrays.fill(rel, "root");
        for (Dependency d : s.basic()) {
            if (d.dependent() < n) {
                head[d.dependent()] = d.governor();
                rel[d.dependent()] = d.relation();
            }
        }
        List<List<Integer>> k = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            k.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (head[i] >= 0 && head[i] < n) {
                k.get(head[i]).add(i);
            }
        }
        kids = k.stream().map(List::copyOf).toList();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        List<Dependency> graph = s.enhanced().isEmpty() ? s.basic() : s.enhanced();
        for (Dependency d : graph) {
            if (d.governor() >= 0 && d.governor() < n && d.dependent() < n && d.governor() != d.dependent()) {
                out.get(d.governor()).add(d);
                in.get(d.dependent()).add(d);
            }
        }
    }

    int size() {
        return head.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        return lexicon.lemma(token(i));
    }

    int head(int i) {
        return head[i];
    }

    /** The basic relation of token {@code i} to its head. */
    String rel(int i) {
        return rel[i];
    }

    /** Basic-tree children of {@code i}, in token order. */
    List<Integer> children(int i) {
        return kids.get(i);
    }

    /** Whether {@code i} has a basic child with a relation starting with {@code relPrefix} and one of the lemmas (any lemma if empty). */
    boolean hasChild(int i, String relPrefix, java.util.Set<String> lemmas) {
        for (int c : children(i)) {
            if (rel[c].startsWith(relPrefix) && (lemmas.isEmpty() || lemmas.contains(lemma(c)))) {
                return true;
            }
        }
        return false;
    }

    /** The first basic child with the given relation prefix, or -1. */
    int child(int i, String relPrefix) {
        for (int c : children(i)) {
            if (rel[c].equals(relPrefix) || rel[c].startsWith(relPrefix + ":")) {
                return c;
            }
        }
        return -1;
    }

    /** Enhanced++ edges out of {@code i}. */
    List<Dependency> outEdges(int i) {
        return out.get(i);
    }

    /** Enhanced++ edges into {@code i}. */
    List<Dependency> inEdges(int i) {
        return in.get(i);
    }

    /** Enhanced++ dependents of {@code i} whose relation is {@code rel} or {@code rel:subtype}. */
    List<Integer> enhancedChildren(int i, String rel) {
        List<Integer> c = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) {
                c.add(d.dependent());
            }
        }
        return c;
    }

    /** Whether {@code anc} is {@code i} or an ancestor of it in the basic tree. */
    boolean dominates(int anc, int i) {
        int k = i;
        for (int guard = 0; k >= 0 && guard < head.length + 1; guard++) {
            if (k == anc) {
                return true;
            }
            k = head[k];
        }
        return false;
    }

    /** Steps from {@code i} up to {@code anc}, or -1 when {@code anc} is not above it. */
    int depthBelow(int anc, int i) {
        int k = i;
        for (int d = 0; k >= 0 && d <= head.length; d++) {
            if (k == anc) {
                return d;
            }
            k = head[k];
        }
        return -1;
    }

    /**
     * The shortest path between two tokens in the enhanced++ graph taken as undirected, as the
     * list of tokens from {@code from} to {@code to}; empty when longer than {@code max} edges.
     */
    List<Integer> path(int from, int to, int max) {
        if (from == to) {
            return List.of(from);
        }
        int[] prev = new int[head.length];
        int[] dist = new int[head.length];
        Arrays.fill(prev, -2);
        prev[from] = -1;
        Deque<Integer> q = new ArrayDeque<>();
        q.add(from);
        while (!q.isEmpty()) {
            int x = q.poll();
            if (dist[x] >= max) {
                continue;
            }
            for (int y : neighbours(x)) {
                if (prev[y] == -2) {
                    prev[y] = x;
                    dist[y] = dist[x] + 1;
                    if (y == to) {
                        List<Integer> p = new ArrayList<>();
                        for (int k = to; k != -1; k = prev[k]) {
                            p.add(0, k);
                        }
                        return p;
                    }
                    q.add(y);
                }
            }
        }
        return List.of();
    }

    /** The enhanced++ relation between two adjacent tokens, written from {@code a}'s side: "obj" or "^nsubj". */
    String edge(int a, int b) {
        for (Dependency d : out.get(a)) {
            if (d.dependent() == b) {
                return d.relation();
            }
        }
        for (Dependency d : in.get(a)) {
            if (d.governor() == b) {
                return "^" + d.relation();
            }
        }
        return "?";
    }

    private List<Integer> neighbours(int x) {
        List<Integer> n = new ArrayList<>();
        for (Dependency d : out.get(x)) {
            n.add(d.dependent());
        }
        for (Dependency d : in.get(x)) {
            n.add(d.governor());
        }
        return n;
    }
}
