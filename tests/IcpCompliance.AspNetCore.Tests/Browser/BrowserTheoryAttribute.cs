using System;

namespace IcpCompliance.AspNetCore.Tests.Browser;

/// <summary>A theory that needs Chromium: skipped, with the reason, only where none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
