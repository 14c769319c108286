using DomainKit.Generators.Generation.Emit;

namespace DomainKit.Generators.Tests;

/// <summary>The generated source is indented four spaces a level, LF-terminated, and blank lines carry no spaces.</summary>
public class SourceWriterTests
{
    [Fact]
    public void Blocks_indent_what_they_hold_and_close_with_their_suffix()
    {
        var source = new SourceWriter()
            .Open("namespace N")
            .Open("public static class C")
            .Line("public const int X = 1;")
            .Line()
            .Line("public const int Y = 2;")
            .Close(";")
            .Close()
            .Line("// end")
            .ToString();

        Assert.Equal(
            "namespace N\n{\n    public static class C\n    {\n        public const int X = 1;\n\n        public const int Y = 2;\n    };\n}\n// end\n",
            source);
    }

    [Fact]
    public void Every_line_of_a_multi_line_text_is_indented_and_its_empty_lines_stay_empty()
    {
        var source = new SourceWriter().Open("class C").Line("int A;\n\nint B;").Close().ToString();

        Assert.Equal("class C\n{\n    int A;\n\n    int B;\n}\n", source);
    }

    [Fact]
    public void A_label_indents_what_follows_until_outdented()
    {
        var source = new SourceWriter()
            .Open("switch (x)")
            .Label("case 1:")
            .Line("return 2;")
            .Outdent()
            .Label("default:")
            .Line("return 0;")
            .Outdent()
            .Close()
            .ToString();

        Assert.Equal("switch (x)\n{\n    case 1:\n        return 2;\n    default:\n        return 0;\n}\n", source);
    }
}
