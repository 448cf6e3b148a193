package cn.lvzhi.cases.basis;

import cn.lvzhi.lists.ListItem;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** A suggested legal basis (推荐依据) for a hop: a power item of its department, with why it is suggested. */
@Type("BasisSuggestion")
public record BasisSuggestion(@NonNull ListItem item,
                              @NonNull @Description("1 for the best suggestion") int rank,
                              @NonNull @Description("Earlier cases of the same category its department handled under this item") int casesOfCategory,
                              @NonNull @Description("Two-character terms it shares with the category and the department's duty in it") List<@NonNull String> sharedTerms,
                              @NonNull @Description("Why it is suggested, in words") List<@NonNull String> reasons) {
}
