using System.Text;
using System.Threading;
using DomainKit.Generators.Corpus;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Generation
{
    /// <summary>The content of a corpus file as the corpus parsers expect it from any host.</summary>
    internal static class AdditionalTextContent
    {
        /// <summary>
        /// The file's text. The compiler drops a UTF-8 byte order mark while decoding, but brat counts it as
        /// character 0 of a document text, so a text file whose encoding was detected from a BOM gets it back.
        /// </summary>
        public static string Read(AdditionalText file, CorpusFileKind kind, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            var content = text?.ToString() ?? string.Empty;
            var hadBom = text?.Encoding is UTF8Encoding utf8 && utf8.GetPreamble().Length > 0;
            return kind == CorpusFileKind.Text && hadBom && (content.Length == 0 || content[0] != '\uFEFF') ? "\uFEFF" + content : content;
        }
    }
}
