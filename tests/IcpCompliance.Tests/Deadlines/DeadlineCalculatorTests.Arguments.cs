using System;
using IcpCompliance.Deadlines;

namespace IcpCompliance.Tests.Deadlines;

public sealed partial class DeadlineCalculatorTests
{
    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        Assert.Throws<ArgumentNullException>(() => Calculator.For(null!));
        Assert.Throws<ArgumentNullException>(() => DeadlinePolicy.Default.With((DeadlineRule)null!));
        Assert.Throws<ArgumentNullException>(() => DeadlinePolicy.Default.With((RegulatoryDate)null!));
    }
}
