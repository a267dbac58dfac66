using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Web.Components.Shared;

/// <summary>What a task card shows: the task and the phase that matters now (the open one, else the next, else the last).</summary>
/// <param name="Slug">The task's URL name.</param>
/// <param name="Title">The task's title.</param>
/// <param name="Summary">One or two sentences about the task.</param>
/// <param name="Kind">Which scorer the task uses.</param>
/// <param name="Phase">The current phase, or null when the task has none yet.</param>
public sealed record TaskCardModel(string Slug, string Title, string Summary, TaskKind Kind, PhaseWindowModel? Phase);

/// <summary>A phase's name and submission window.</summary>
/// <param name="Name">The phase's name.</param>
/// <param name="OpensUtc">When submissions open.</param>
/// <param name="ClosesUtc">When submissions close.</param>
/// <param name="TimeZoneId">The IANA zone the organisers publish deadlines in.</param>
public sealed record PhaseWindowModel(string Name, DateTime OpensUtc, DateTime ClosesUtc, string TimeZoneId);
