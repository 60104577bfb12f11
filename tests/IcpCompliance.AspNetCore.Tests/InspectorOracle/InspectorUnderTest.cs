using System.Collections.Generic;
using System.Linq;
using IcpCompliance.Footer;

namespace IcpCompliance.AspNetCore.Tests.InspectorOracle;

/// <summary>
/// The one place where the differential tests ask the footer inspector which numbers a visitor sees. Today that is
/// every number <see cref="FooterInspector"/> finds in the page's text (<see cref="FoundNumberContext.Text"/>);
/// point this at the next inspector's notion of "visible" and run the tests again.
/// </summary>
internal static class InspectorUnderTest
{
    internal static IReadOnlySet<string> VisibleNumbers(string html)
        => FooterInspector.Inspect(html).Numbers
            .Where(n => n.Context == FoundNumberContext.Text)
            .Select(n => n.Number.ToString())
            .ToHashSet();
}
