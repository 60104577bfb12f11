using System;
using IcpCompliance.Calendar;
using IcpCompliance.Identity;
using IcpCompliance.Internal;

namespace IcpCompliance.Tests.Internal;

/// <summary>The words of every programmer error, which a caller reads in a stack trace, and the parameter each
/// names.</summary>
public sealed class PreconditionsTests
{
    [Fact]
    public void A_value_out_of_range_names_the_range()
    {
        int month = 13;
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckArgumentRange(month, 1, 12));
        Assert.StartsWith("Value must be in the range [1, 12].", e.Message);
        Assert.Equal("month", e.ParamName);
        Assert.Equal(13, e.ActualValue);
        Preconditions.CheckArgumentRange(1, 1, 12);
        Preconditions.CheckArgumentRange(12, 1, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckArgumentRange(0, 1, 12));
    }

    [Fact]
    public void An_undefined_enum_value_names_its_type()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => ChinaWorkingCalendar.Default.WithMode((CoverageMode)9));
        Assert.StartsWith("Value is not a defined CoverageMode.", e.Message);
        Assert.Equal("mode", e.ParamName);
        Assert.Equal((CoverageMode)9, e.ActualValue);
    }

    [Fact]
    public void A_default_value_says_what_it_is_and_where_values_come_from()
    {
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => default(DomainName).TopLevelDomain);
        Assert.Equal("This DomainName is the default value of its type and holds no value; obtain values from Parse or TryParse.", e.Message);
    }

    [Fact]
    public void A_failed_check_gives_its_message_and_the_argument_it_names()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Preconditions.CheckArgument(false, "Because.", "value"));
        Assert.StartsWith("Because.", e.Message);
        Assert.Equal("value", e.ParamName);
        Preconditions.CheckArgument(true, "Never.", "value");
        string? missing = null;
        Assert.Equal("missing", Assert.Throws<ArgumentNullException>(() => Preconditions.CheckNotNull(missing)).ParamName);
    }
}
