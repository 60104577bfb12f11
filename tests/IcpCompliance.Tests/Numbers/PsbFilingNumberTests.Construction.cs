using System;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class PsbFilingNumberTests
{
    [Fact]
    public void The_default_value_has_no_digits_and_formats_as_nothing()
    {
        PsbFilingNumber d = default;
        Assert.Equal(string.Empty, d.Digits);
        Assert.Equal(string.Empty, d.ToString());
        Assert.Throws<InvalidOperationException>(() => d.Province);

        Span<char> buffer = stackalloc char[4];
        Assert.True(d.TryFormat(buffer, out int written));
        Assert.Equal(0, written);
        Assert.True(d.TryFormatDigits(buffer, out written));
        Assert.Equal(0, written);
        Assert.True(d.TryFormatDigits(Span<char>.Empty, out written));
        Assert.Equal(0, written);
    }
}
