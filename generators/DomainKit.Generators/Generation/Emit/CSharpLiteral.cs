using System.Globalization;
using System.Text;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Turns corpus data into C# literals. Every character outside printable ASCII is written as a
    /// <c>\uXXXX</c> escape (lone surrogates included), so no corpus text can end a literal, open a comment or
    /// directive, or change how the file is read, and the output is the same bytes on every machine.
    /// </summary>
    internal static class CSharpLiteral
    {
        public static string String(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case '\n':
                        builder.Append("\\n");
                        break;
                    default:
                        if (c is >= ' ' and <= '~')
                        {
                            builder.Append(c);
                        }
                        else
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// A text for an XML doc comment: escaped for XML, kept on one line, and without control, format
        /// (such as right-to-left overrides), surrogate or unassigned characters, which become spaces.
        /// </summary>
        public static string DocText(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                builder.Append(c switch
                {
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '&' => "&amp;",
                    _ when IsUnsafeInComment(c) => " ",
                    _ => c.ToString(),
                });
            }

            return builder.ToString();
        }

        private static bool IsUnsafeInComment(char c) => char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
            _ => false,
        };
    }
}
