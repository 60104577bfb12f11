using System;
using System.Collections.Generic;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Footer;

/// <summary>
/// Issue 26 item 4: a bidirectional control in any caller-supplied footer text is refused with a clear error. A
/// right-to-left override before the numbers would show "1-号87654321备PCI京" for 京ICP备12345678号-1 while the
/// markup still carries the right number, which neither encoding nor the inspector sees.
/// </summary>
public sealed class FooterBidiControlTests
{
    private static readonly IcpFilingNumber Icp = IcpFilingNumber.Parse("京ICP备12345678号-1").Value;

    /// <summary>Every bidirectional control the footer refuses, with its Unicode name.</summary>
    public static TheoryData<char, string> Controls => new()
    {
        { '\u202A', "LEFT-TO-RIGHT EMBEDDING" },
        { '\u202B', "RIGHT-TO-LEFT EMBEDDING" },
        { '\u202C', "POP DIRECTIONAL FORMATTING" },
        { '\u202D', "LEFT-TO-RIGHT OVERRIDE" },
        { '\u202E', "RIGHT-TO-LEFT OVERRIDE" },
        { '\u2066', "LEFT-TO-RIGHT ISOLATE" },
        { '\u2067', "RIGHT-TO-LEFT ISOLATE" },
        { '\u2068', "FIRST STRONG ISOLATE" },
        { '\u2069', "POP DIRECTIONAL ISOLATE" },
        { '\u200E', "LEFT-TO-RIGHT MARK" },
        { '\u200F', "RIGHT-TO-LEFT MARK" },
        { '\u061C', "ARABIC LETTER MARK" },
    };

    // Every caller-supplied string of a footer: set to the text, in the place the renderer reads it from.
    private static readonly Dictionary<string, Func<string, FooterContent>> Fields = new()
    {
        ["CopyrightHolder"] = text => new FooterContent(Icp) { CopyrightHolder = text },
        ["ContainerCssClass"] = text => new FooterContent(Icp) { Options = FooterOptions.Default with { ContainerCssClass = text } },
        ["LinkCssClass"] = text => new FooterContent(Icp) { Options = FooterOptions.Default with { LinkCssClass = text } },
        ["Separator"] = text => new FooterContent(Icp) { Options = FooterOptions.Default with { Separator = text } },
        ["PsbIconUrl"] = text => new FooterContent(Icp) { Options = FooterOptions.Default with { PsbIconUrl = new Uri(text, UriKind.Relative) } },
    };

    public static TheoryData<string> FieldNames => new(Fields.Keys);

    [Theory]
    [MemberData(nameof(Controls))]
    public void Every_field_refuses_each_bidi_control_naming_the_field_the_character_and_its_index(char control, string name)
    {
        foreach ((string field, Func<string, FooterContent> make) in Fields)
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => make("icp" + control + "x"));
            Assert.Equal(field, e.ParamName);
            Assert.StartsWith($"The ", e.Message, StringComparison.Ordinal);
            Assert.Contains($"holds U+{(int)control:X4} ({name}) at index 3: a bidirectional control can make the footer read differently from what it says, so it is refused.", e.Message, StringComparison.Ordinal);
            Assert.Contains($"含有双向控制字符 U+{(int)control:X4}（索引 3），页脚不接受。", e.Message, StringComparison.Ordinal);
            // The refused character is named, never repeated: printed, it would reorder the message itself.
            Assert.DoesNotContain(control, e.Message);
        }
    }

    [Fact]
    public void The_message_says_which_value_holds_the_control()
    {
        Assert.StartsWith("The copyright holder holds U+202E", Message(() => new FooterContent(Icp) { CopyrightHolder = "\u202E" }), StringComparison.Ordinal);
        Assert.StartsWith("The container's CSS class holds U+202E", Message(() => new FooterOptions { ContainerCssClass = "\u202E" }), StringComparison.Ordinal);
        Assert.StartsWith("The links' CSS class holds U+202E", Message(() => new FooterOptions { LinkCssClass = "\u202E" }), StringComparison.Ordinal);
        Assert.StartsWith("The separator holds U+202E", Message(() => new FooterOptions { Separator = "\u202E" }), StringComparison.Ordinal);
        Assert.StartsWith("The PSB icon URL holds U+202E", Message(() => new FooterOptions { PsbIconUrl = new Uri("/\u202E.png", UriKind.Relative) }), StringComparison.Ordinal);
        Assert.StartsWith("The PSB icon URL holds U+202E", Message(() => new FooterOptions { PsbIconUrl = new Uri("https://cdn.example.com/\u202E.png") }), StringComparison.Ordinal);

        static string Message(Func<object> set) => Assert.Throws<ArgumentException>(set).Message;
    }

    [Fact]
    public void The_first_control_is_the_one_reported()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new FooterContent(Icp) { CopyrightHolder = "ab\u2066c\u202E" });
        Assert.Contains("U+2066 (LEFT-TO-RIGHT ISOLATE) at index 2", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => new FooterContent(Icp) { CopyrightHolder = "\u200F" });
        Assert.Contains("U+200F (RIGHT-TO-LEFT MARK) at index 0", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void Right_to_left_letters_and_other_format_characters_are_not_controls_and_render(string field)
    {
        // Hebrew and Arabic letters carry their own direction and cannot reverse a number after them, since a
        // separator or a tag ends their run; zero-width characters and U+200D (in emoji) do not reorder anything.
        foreach (string text in new[] { "שלום", "مرحبا", "a\u200Bb", "👩\u200D💻", "\u00AD", "\u202F", "\u2060", "\uFEFF" })
        {
            FooterContent content = Fields[field](text);
            foreach (FooterFormat format in new[] { FooterFormat.Html, FooterFormat.Markdown, FooterFormat.Text })
            {
                Assert.True(FooterRenderer.Render(content, format).IsT0);
            }
        }
    }

    [Fact]
    public void A_copy_with_another_value_is_checked_too_and_the_original_is_kept()
    {
        var options = new FooterOptions { Separator = " · " };
        Assert.Throws<ArgumentException>(() => options with { Separator = " \u202E " });
        Assert.Equal(" · ", options.Separator);
        Assert.Equal(" / ", (options with { Separator = " / " }).Separator);
        Assert.Equal("icp-footer", options.ContainerCssClass);
        Assert.Null(options.LinkCssClass);
        Assert.Null(new FooterContent(Icp).CopyrightHolder);
    }

    [Fact]
    public void Null_values_are_allowed_where_they_mean_none()
    {
        var content = new FooterContent(Icp)
        {
            CopyrightHolder = null,
            Options = new FooterOptions { ContainerCssClass = null, LinkCssClass = null, PsbIconUrl = null },
        };
        Assert.Equal("<div><a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">京ICP备12345678号-1</a></div>", FooterRenderer.Render(content).AsT0.Text);
    }

    [Fact]
    public void Only_the_twelve_bidi_controls_are_refused_among_all_BMP_characters()
    {
        var refused = new List<int>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            try
            {
                _ = new FooterContent(Icp) { CopyrightHolder = ((char)c).ToString() };
            }
            catch (ArgumentException)
            {
                refused.Add(c);
            }
        }

        int[] expected = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069];
        Assert.Equal(expected, refused);
    }
}
