using System;
using System.Collections.Generic;

namespace IcpCompliance.Footer;

/// <summary>
/// Finds every filing, license and PSB number in a page in one linear pass, without building a DOM and without
/// materialising the page's decoded text, from its UTF-16 text or straight from its UTF-8 bytes.
/// </summary>
/// <remarks>
/// <para>The pass (<see cref="ScanPass{TUnit}"/>) skips with vector compares (<see cref="BlockBits{TUnit}"/>) to the
/// only characters that matter: <c>&lt;</c> (markup, which decides whether the following text is shown, commented
/// out, scripted, hidden or inside a link: <see cref="MarkupReader{TUnit}"/>), <c>&amp;#</c> (a numeric character
/// reference may encode a province character) and the province characters themselves. A province character followed
/// by nothing that can start a marker is dropped on the spot; for the few left, the text a reader sees is decoded
/// locally into a small window (<see cref="TextWindow"/>) and read by the <see cref="NumberFinder"/>. A block-level
/// tag or a script ends the window, so text on either side of one cannot join into one number.</para>
/// <para>Memory is constant in the page size (a 65-character window on the stack); a link's <c>href</c> is decoded
/// only when a number is found inside the link. Offsets are in UTF-16 code units whatever the input, so a page gives
/// the same result from its text and from its UTF-8 bytes.</para>
/// </remarks>
internal static class PageScanner
{
    /// <summary>Every number in the page, in page order.</summary>
    internal static List<FoundNumber> Scan(string html) => Scan(html, int.MaxValue).Numbers;

    /// <summary>The first <paramref name="maxKept"/> numbers in the page and as many near misses, in page order,
    /// and how many numbers were found beyond those kept.</summary>
    internal static (List<FoundNumber> Numbers, List<FoundNearMiss> NearMisses, int NotKept) Scan(string html, int maxKept)
    {
        var pass = new ScanPass<ushort>(PageUnits.Of(html), maxKept);
        pass.Run();
        return (pass.Numbers, pass.NearMisses, pass.NotKept);
    }

    /// <summary><see cref="Scan(string, int)"/> of a page's UTF-8 bytes, read as they are: offsets are those of the
    /// text <see cref="System.Text.Encoding.UTF8"/> decodes them to.</summary>
    internal static (List<FoundNumber> Numbers, List<FoundNearMiss> NearMisses, int NotKept) ScanUtf8(ReadOnlySpan<byte> page, int maxKept)
    {
        var pass = new ScanPass<byte>(page, maxKept);
        pass.Run();
        return (pass.Numbers, pass.NearMisses, pass.NotKept);
    }
}
