using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DomainKit.Generators.Tests;

/// <summary>
/// Runs a generated key dispatch method (a switch on <c>key.Length</c>, switches on <c>key[i]</c>, ordinal
/// comparisons, <c>return N</c>) on a key by walking its syntax tree, as C# would execute it: the emitted text is only
/// parsed, never compiled, so each test stays fast. Literals are read by Roslyn's parser, escapes and all.
/// </summary>
internal sealed class DispatchInterpreter
{
    private readonly MethodDeclarationSyntax _method;

    public DispatchInterpreter(string source, string methodName)
    {
        var tree = CSharpSyntaxTree.ParseText(source);
        Assert.Empty(tree.GetDiagnostics());
        _method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == methodName);
        foreach (var @switch in _method.DescendantNodes().OfType<SwitchStatementSyntax>())
        {
            // A repeated case label would not compile.
            var labels = @switch.Sections.SelectMany(s => s.Labels).OfType<CaseSwitchLabelSyntax>().Select(l => Constant(l.Value)).ToList();
            Assert.Equal(labels.Count, labels.Distinct().Count());
        }
    }

    /// <summary>The index the method returns for <paramref name="key"/>.</summary>
    public int Run(string key) => Run(_method.Body!.Statements, key) ?? throw new InvalidOperationException("the method ends without a return");

    private static int? Run(IEnumerable<StatementSyntax> statements, string key)
    {
        foreach (var statement in statements)
        {
            if (Run(statement, key) is { } result)
            {
                return result;
            }
        }

        return null;
    }

    private static int? Run(StatementSyntax statement, string key) => statement switch
    {
        ReturnStatementSyntax r => Constant(r.Expression!),
        IfStatementSyntax i => EqualsKey(i.Condition, key) ? Run(i.Statement, key) : null,
        // A section that ends without returning would not compile (C# has no fall-through).
        SwitchStatementSyntax s => s.Sections.FirstOrDefault(section => section.Labels.OfType<CaseSwitchLabelSyntax>().Any(l => Constant(l.Value) == Selected(s.Expression, key)))
            is { } taken ? Run(taken.Statements, key) ?? throw new InvalidOperationException("a switch section falls through: " + taken) : null,
        BlockSyntax b => Run(b.Statements, key),
        _ => throw new InvalidOperationException("not a dispatch statement: " + statement),
    };

    /// <summary><c>key.Length</c>, or the character <c>key[i]</c>.</summary>
    private static int Selected(ExpressionSyntax expression, string key) => expression switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } => key.Length,
        ElementAccessExpressionSyntax e => key[Constant(e.ArgumentList.Arguments.Single().Expression)],
        _ => throw new InvalidOperationException("not a dispatch selector: " + expression),
    };

    /// <summary><c>MemoryExtensions.Equals(key, "literal", StringComparison.Ordinal)</c>.</summary>
    private static bool EqualsKey(ExpressionSyntax condition, string key)
    {
        var call = Assert.IsType<InvocationExpressionSyntax>(condition);
        Assert.EndsWith("MemoryExtensions.Equals", call.Expression.ToString(), StringComparison.Ordinal);
        var arguments = call.ArgumentList.Arguments;
        Assert.Equal(("key", "global::System.StringComparison.Ordinal"), (arguments[0].ToString(), arguments[2].ToString()));
        return string.Equals(key, (string)((LiteralExpressionSyntax)arguments[1].Expression).Token.Value!, StringComparison.Ordinal);
    }

    private static int Constant(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax { Token.Value: int i } => i,
        LiteralExpressionSyntax { Token.Value: char c } => c,
        PrefixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.UnaryMinusExpression) => -Constant(p.Operand),
        _ => throw new InvalidOperationException("not a constant: " + expression),
    };
}
