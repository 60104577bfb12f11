using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Rules;

public sealed partial class WordingTests
{
    [Theory]
    [InlineData("\u4E00", true)]
    [InlineData("\u9FFF", true)]
    [InlineData("\u3400", true)]
    [InlineData("\u4DBF", true)]
    [InlineData("\u4DC0", false)] // Yijing hexagram symbols, between extension A and the basic block
    [InlineData("\u33FF", false)]
    [InlineData("\uA000", false)]
    [InlineData("Shili 科技", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Chinese_text_is_text_with_an_ideograph_of_the_basic_block_or_extension_A(string? text, bool chinese)
        => Assert.Equal(chinese, ChineseText.HasIdeograph(text));
}
