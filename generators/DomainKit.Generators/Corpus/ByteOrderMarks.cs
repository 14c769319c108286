using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Corpus
{
    /// <summary>
    /// Gives a document text back the UTF-8 byte order mark its host dropped. brat counts a BOM as character 0 of the
    /// text. The compiler drops it while decoding and reports a BOM-bearing encoding only for files that began with
    /// one; other hosts (Stryker.NET's compilation, test harnesses that build texts from strings) report that encoding
    /// for every file, which, believed, would shift every offset of every document by one. So the report is believed
    /// when some file of the corpus was decoded without a BOM (the host tells them apart); when every file reports
    /// one, each text's own text-bound annotations decide, since each writes the text its span covers.
    /// </summary>
    internal sealed class ByteOrderMarks
    {
        private const string Mark = "\uFEFF";
        private readonly bool _reportsAreExact;
        private readonly Dictionary<string, StandoffDocument> _annotations = new(StringComparer.Ordinal);

        public ByteOrderMarks(IReadOnlyList<ParsedFile> files, EquatableArray<StandoffDocument> annotations)
        {
            _reportsAreExact = files.Any(f => !f.DecodedWithByteOrderMark);
            // Stryker disable once Statement,Block : without the return the constructor only fills a dictionary Settle never reads when reports are exact
            if (_reportsAreExact)
            {
                return;
            }

            foreach (var document in annotations)
            {
                // Two .ann files whose names differ only in the extension's case: the first in path order counts.
                var id = CorpusFiles.WithoutExtension(document.Path);
                if (!_annotations.ContainsKey(id))
                {
                    _annotations.Add(id, document);
                }
            }
        }

        /// <summary>
        /// The file's text, with the BOM its host reported put back, unless the host reports one for every file and
        /// the document's annotations match the text without it better than with it (a tie keeps it).
        /// </summary>
        public TextFile Settle(ParsedFile file)
        {
            var text = file.Text!;
            if (!file.DecodedWithByteOrderMark)
            {
                return text;
            }

            var withMark = text with { Content = Mark + text.Content };
            if (_reportsAreExact || !_annotations.TryGetValue(CorpusFiles.WithoutExtension(file.Path), out var annotations))
            {
                return withMark;
            }

            return Matches(withMark.Content, annotations) >= Matches(text.Content, annotations) ? withMark : text;
        }

        /// <summary>How many text-bound annotations write the text their fragments cover in <paramref name="text"/>.</summary>
        private static int Matches(string text, StandoffDocument annotations)
        {
            var codePoints = new CodePointText(text);
            var matches = 0;
            foreach (var textBound in annotations.TextBounds)
            {
                if (codePoints.AreValid(textBound.Fragments) && textBound.Text.StartsWith(codePoints.Join(textBound.Fragments), StringComparison.Ordinal))
                {
                    matches++;
                }
            }

            return matches;
        }
    }
}
