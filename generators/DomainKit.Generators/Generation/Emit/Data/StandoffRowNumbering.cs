using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Where each document's annotations start in each standoff table of the corpus's data (a
    /// <see cref="StandoffDocumentRow"/> per document and one more), numbered corpus-wide, document after document. The
    /// notes' table points at annotations by these rows, so this is all it reads of the corpus's data: equal, and so
    /// cached, until an edit changes how many annotations of a kind a document has.
    /// </summary>
    internal sealed record StandoffRowNumbering(EquatableArray<int> FirstRows)
    {
        /// <summary>The numbering of <paramref name="layers"/> (a document without a layer has no annotations).</summary>
        public static StandoffRowNumbering Of(int documentCount, IEnumerable<StandoffLayerModel> layers)
        {
            var byDocument = new StandoffLayerModel?[documentCount];
            foreach (var layer in layers)
            {
                byDocument[layer.Document] = layer;
            }

            var rows = new int[(documentCount + 1) * StandoffDocumentRow.Width];
            for (var document = 0; document < documentCount; document++)
            {
                var at = document * StandoffDocumentRow.Width;
                var next = at + StandoffDocumentRow.Width;
                for (var column = 0; column < StandoffDocumentRow.Width; column++)
                {
                    rows[next + column] = rows[at + column] + (byDocument[document] is { } layer ? CountOf(layer, column) : 0);
                }
            }

            return new StandoffRowNumbering(new EquatableArray<int>(rows));
        }

        /// <summary>
        /// Whether every document's text-bounds and events start at the same rows in <paramref name="other"/>: the rows
        /// records refer to (a mention's text-bound, an attestation's event).
        /// </summary>
        public bool NumbersTextBoundsAndEventsAs(StandoffRowNumbering other)
        {
            if (FirstRows.Count != other.FirstRows.Count)
            {
                return false;
            }

            for (var at = 0; at < FirstRows.Count; at += StandoffDocumentRow.Width)
            {
                if (FirstRows[at + StandoffDocumentRow.TextBounds] != other.FirstRows[at + StandoffDocumentRow.TextBounds]
                    || FirstRows[at + StandoffDocumentRow.Events] != other.FirstRows[at + StandoffDocumentRow.Events])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The number of documents (rows are one more).</summary>
        public int DocumentCount => (FirstRows.Count / StandoffDocumentRow.Width) - 1;

        /// <summary>The first row of <paramref name="document"/> in the table of <paramref name="column"/>; for one past the last document, the table's row count.</summary>
        public int First(int document, int column) => FirstRows[(document * StandoffDocumentRow.Width) + column];

        /// <summary>The row of a text-bound, event or relation of <paramref name="document"/>, given by its index in the document's layer.</summary>
        public int Row(int document, AnnotationRef target) => First(document, target.Kind switch
        {
            AnnotationKind.TextBound => StandoffDocumentRow.TextBounds,
            AnnotationKind.Event => StandoffDocumentRow.Events,
            _ => StandoffDocumentRow.Relations,
        }) + target.Index;

        /// <summary>The key of an annotation in the by-target groupings (<see cref="AnnotationKeys"/>).</summary>
        public int Key(int document, AnnotationRef target)
            => AnnotationKeys.Of(Kind(target.Kind), Row(document, target), First(DocumentCount, StandoffDocumentRow.TextBounds), First(DocumentCount, StandoffDocumentRow.Events));

        /// <summary>How many keys the by-target groupings have: every text-bound, event and relation.</summary>
        public int KeyCount => First(DocumentCount, StandoffDocumentRow.TextBounds) + First(DocumentCount, StandoffDocumentRow.Events) + First(DocumentCount, StandoffDocumentRow.Relations);

        /// <summary>The runtime's number of a kind a reference can point at (<see cref="AnnotationKinds"/>).</summary>
        public static int Kind(AnnotationKind kind) => kind switch
        {
            AnnotationKind.TextBound => AnnotationKinds.TextBound,
            AnnotationKind.Event => AnnotationKinds.Event,
            _ => AnnotationKinds.Relation,
        };

        private static int CountOf(StandoffLayerModel layer, int column) => column switch
        {
            StandoffDocumentRow.TextBounds => layer.TextBounds.Count,
            StandoffDocumentRow.Events => layer.Events.Count,
            StandoffDocumentRow.Relations => layer.Relations.Count,
            StandoffDocumentRow.Attributes => layer.Attributes.Count,
            StandoffDocumentRow.Normalizations => layer.Normalizations.Count,
            StandoffDocumentRow.Equivalences => layer.Equivalences.Count,
            _ => layer.TextBounds.Count + layer.Events.Count + layer.Relations.Count + layer.Attributes.Count + layer.Normalizations.Count,
        };
    }
}
