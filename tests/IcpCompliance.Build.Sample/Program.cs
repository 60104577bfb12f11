using System;
using IcpCompliance.Numbers;

namespace Sample.Site;

// Prints the generated constants, and parses the generated number with the library at run time: the build package
// and the library package live side by side in one project.
internal static class Program
{
    private static int Main()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Console.WriteLine("IcpFilingNumber=" + IcpFooter.IcpFilingNumber);
        Console.WriteLine("DisplayedIcpFilingNumber=" + IcpFooter.DisplayedIcpFilingNumber);
        Console.WriteLine("PsbFilingNumber=" + IcpFooter.PsbFilingNumber);
        Console.WriteLine("Html=" + IcpFooter.Html);
        Console.WriteLine("Province=" + IcpFilingNumber.Parse(IcpFooter.IcpFilingNumber).Value.Province.EnglishName);
        return 0;
    }
}
