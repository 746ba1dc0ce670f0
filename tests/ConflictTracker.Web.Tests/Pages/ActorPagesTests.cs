using Bunit;
using ConflictTracker.Extraction.Model;
using ConflictTracker.Web.Components.Pages;
using ConflictTracker.Web.Tests.Infrastructure;

namespace ConflictTracker.Web.Tests.Pages;

public sealed class ActorPagesTests : DashboardTestContext
{
    [Fact]
    public void ActorsPageListsTypeAffiliationAliasesAndCounts()
    {
        var report = Data.AddReport("Briefing", "General Ivo Marek said the brigade held. Marek added that supplies were low.");
        var general = Data.AddActor("Ivo Marek", ActorType.Military, "Northland", "Marek", "General Ivo Marek");
        Data.Mention(report, "Marek", actor: general);
        Data.AddClaim("Ivo Marek", "said", "the brigade held", [report], speakerActor: general);

        var cut = Render<ActorsPage>();

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find("[data-testid=actors] tbody tr");
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
            Assert.Equal(["Ivo Marek", "military", "Northland", "General Ivo Marek, Marek", "2", "1", "1"], cells);
        });
    }

    [Fact]
    public void ActorsPageFindsAnActorByAlias()
    {
        Data.AddActor("Ivo Marek", ActorType.Person, null, "The General");
        Data.AddActor("Coastal Guard", ActorType.Military);

        NavigateTo("actors?q=general");
        var cut = Render<ActorsPage>();

        cut.WaitForAssertion(() => Assert.Equal("Ivo Marek", cut.Find("[data-testid=actors] tbody tr td a").TextContent));
        Assert.Single(cut.FindAll("[data-testid=actors] tbody tr"));
    }

    [Fact]
    public void ActorPageShowsItsClaimsAndReports()
    {
        var report = Data.AddReport("Briefing", "Marek said the brigade held.");
        var general = Data.AddActor("Ivo Marek", ActorType.Person, null, "Marek");
        Data.Mention(report, "Marek", actor: general);
        Data.AddClaim("Ivo Marek", "said", "the brigade held", [report], speakerActor: general);

        var cut = Render<ActorPage>(p => p.Add(x => x.Id, general.Id));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Ivo Marek", cut.Find("h1").TextContent);
            Assert.Contains("the brigade held", cut.Find("[data-testid=claim]").TextContent, StringComparison.Ordinal);
            Assert.NotNull(cut.Find($"a[href='reports/{report.Id}']"));
            Assert.Contains("Marek", cut.Find("[data-testid=aliases]").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void UnknownActorShowsNotFound()
    {
        var cut = Render<ActorPage>(p => p.Add(x => x.Id, 999));

        cut.WaitForAssertion(() => Assert.Contains("Actor not found", cut.Markup, StringComparison.Ordinal));
    }
}
