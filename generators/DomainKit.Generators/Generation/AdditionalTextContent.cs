using System.Text;
using System.Threading;
using DomainKit.Generators.Corpus;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Generation
{
    /// <summary>A corpus file as the corpus parsers expect it from any host.</summary>
    internal static class AdditionalTextContent
    {
        /// <summary>
        /// The file parsed, marked when the host decoded it with a BOM-bearing encoding: the compiler drops a UTF-8 byte
        /// order mark while decoding, but brat counts it as character 0 of a document text (<see cref="ByteOrderMarks"/>).
        /// </summary>
        public static ParsedFile Parse(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            var content = text?.ToString() ?? string.Empty;
            var parsed = CorpusBuilder.Parse(file.Path, content)!;
            var reported = text?.Encoding is UTF8Encoding utf8 && utf8.GetPreamble().Length > 0 && (content.Length == 0 || content[0] != '\uFEFF');
            return parsed with { DecodedWithByteOrderMark = reported };
        }
    }
}
