using System.Reflection;
using System.Runtime.Loader;
using DomainKit.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Runs a generated dispatch method (ids: a perfect hash or a switch; names: a perfect hash) by compiling it: the method
/// and the tables it reads (<see cref="MemberNames.IdSlots"/>, <see cref="MemberNames.NameSlots"/>...) are taken from the generated source, compiled
/// alone into a class of their own with the consumer's language version, and loaded in a collectible context. Slower than
/// <see cref="DispatchInterpreter"/> (a compilation each), which only walks a switch.
/// </summary>
internal sealed class CompiledDispatch
{
    private static readonly HashSet<string> Tables = [MemberNames.IdSlots, MemberNames.IdKeys, MemberNames.NameSlots, MemberNames.NameKeys, MemberNames.NameActors];

    private readonly Func<string, int> _run;

    public CompiledDispatch(string source, string methodName)
    {
        var members = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()
            .Where(m => m switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText == methodName,
                PropertyDeclarationSyntax property => Tables.Contains(property.Identifier.ValueText),
                FieldDeclarationSyntax field => field.Declaration.Variables.Any(v => Tables.Contains(v.Identifier.ValueText)),
                _ => false,
            })
            .ToList();
        var code = "public static class Dispatch\n{\n    public static int Run(string key) => " + methodName + "(key);\n"
            + string.Join("\n", members.Select(m => m.ToFullString())) + "\n}";
        var compilation = GeneratorHarness.Compilation(code);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics) + "\n" + code);
        Assert.Empty(emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext("dispatch", isCollectible: true).LoadFromStream(stream);
        _run = assembly.GetType("Dispatch")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<string, int>>();
    }

    /// <summary>The index the method returns for <paramref name="key"/>.</summary>
    public int Run(string key) => _run(key);
}
