using OneOf;

namespace IcpCompliance.Footer;

/// <summary>
/// What <see cref="FooterRenderer.Render"/> returns: a <see cref="RenderedFooter"/>, a
/// <see cref="ShownElsewhere"/> for an App, Mini Program or quick app, or a <see cref="FooterRefusal"/> when the
/// numbers cannot make a compliant footer. Consume it with <c>Match</c> or <c>Switch</c>.
/// </summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed class FooterRendering : OneOfBase<RenderedFooter, ShownElsewhere, FooterRefusal>
{
    private FooterRendering(OneOf<RenderedFooter, ShownElsewhere, FooterRefusal> value)
        : base(value)
    {
    }

    /// <summary>Wraps a rendered footer.</summary>
    /// <param name="footer">The footer.</param>
    public static implicit operator FooterRendering(RenderedFooter footer) => new(footer);

    /// <summary>Wraps the answer for a service shown elsewhere.</summary>
    /// <param name="elsewhere">The answer.</param>
    public static implicit operator FooterRendering(ShownElsewhere elsewhere) => new(elsewhere);

    /// <summary>Wraps a refusal.</summary>
    /// <param name="refusal">The refusal.</param>
    public static implicit operator FooterRendering(FooterRefusal refusal) => new(refusal);

    /// <summary>Wraps a rendered footer (the named alternative to the implicit conversion).</summary>
    /// <param name="footer">The footer.</param>
    /// <returns>The wrapped value.</returns>
    public static FooterRendering FromRenderedFooter(RenderedFooter footer) => new(footer);

    /// <summary>Wraps the answer for a service shown elsewhere (the named alternative to the implicit
    /// conversion).</summary>
    /// <param name="elsewhere">The answer.</param>
    /// <returns>The wrapped value.</returns>
    public static FooterRendering FromShownElsewhere(ShownElsewhere elsewhere) => new(elsewhere);

    /// <summary>Wraps a refusal (the named alternative to the implicit conversion).</summary>
    /// <param name="refusal">The refusal.</param>
    /// <returns>The wrapped value.</returns>
    public static FooterRendering FromFooterRefusal(FooterRefusal refusal) => new(refusal);
}
