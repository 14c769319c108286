using System.Text;

namespace DomainKit.Generators.Common
{
    /// <summary>Turns corpus ids into C# member names: <c>zabihullah-mujahid</c> becomes <c>ZabihullahMujahid</c>.</summary>
    internal static class MemberNames
    {
        /// <summary>
        /// PascalCase from the letters and digits of <paramref name="id"/>; every other character separates
        /// words. A leading digit gets an underscore and an id without letters or digits becomes <c>_</c>, so the
        /// result is always a valid identifier (C# keywords are lower case, so none can come out).
        /// </summary>
        public static string ToPascalCase(string id)
        {
            var builder = new StringBuilder(id.Length);
            var upperNext = true;
            foreach (var c in id)
            {
                if (!char.IsLetterOrDigit(c) || char.IsSurrogate(c))
                {
                    upperNext = true;
                    continue;
                }

                if (builder.Length == 0 && char.IsDigit(c))
                {
                    builder.Append('_');
                }

                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }

            return builder.Length == 0 ? "_" : builder.ToString();
        }
    }
}
