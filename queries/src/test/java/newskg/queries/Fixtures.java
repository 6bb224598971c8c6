package newskg.queries;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

import newskg.graph.mapping.IriMinter;

/**
 * The fixture graph the query tests run on, in an in-memory TDB2 with the union default graph,
 * its derived graph computed and a text index over it.
 */
final class Fixtures {
    private Fixtures() {
    }

    static DatasetGraph events() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFParser.source(Fixtures.class.getResourceAsStream("/fixtures/events.trig"))
                .lang(Lang.TRIG).parse(dsg));
        DerivedGraph.recompute(dsg, IriMinter.standard());
        return SearchIndex.wrap(dsg);
    }
}
