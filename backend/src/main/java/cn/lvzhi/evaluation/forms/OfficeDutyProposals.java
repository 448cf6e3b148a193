package cn.lvzhi.evaluation.forms;

import cn.lvzhi.evaluation.forms.FormContent.Suggestion;
import cn.lvzhi.evaluation.forms.FormsReads.Located;
import cn.lvzhi.lists.ChangeType;
import cn.lvzhi.lists.ListChange;
import cn.lvzhi.lists.ListService;
import cn.lvzhi.lists.ListService.DutyTaskProposal;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the accepted 内设机构职责调整建议 into proposals against the duty-task list (职责任务清单), made by 编办 through
 * the lists' own service so its rules, audit and 清单变更 queue apply: CANCEL retires the duty; ADD adds a duty to the
 * receiving office; MOVE adds the duty (its content copied) to the receiving office and retires it at the office that
 * holds it. A new item's code is {@code TZ-<version id>-<row>} (unique: one per accepted version's row).
 */
@ApplicationScoped
public class OfficeDutyProposals {
    private final ListService lists;

    public OfficeDutyProposals(ListService lists) {
        this.lists = lists;
    }

    /** The ids of the proposals made, in the suggestions' order. */
    public Uni<List<Long>> propose(ScopedActor actor, Located at, FormVersion version) {
        List<Long> ids = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        List<Suggestion> suggestions = version.content.suggestions();
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            String reason = "“1+3”内设机构职责调整建议（" + at.unit().name + "，第" + version.seq + "版第" + (i + 1) + "条）：" + s.reason();
            String code = "TZ-" + version.id + "-" + (i + 1);
            List<DutyTaskProposal> proposals = switch (s.kind()) {
                case ADD -> List.of(new DutyTaskProposal(ChangeType.ADD, null, s.toOfficeId(), code, s.dutyName(), null, reason));
                case CANCEL -> List.of(new DutyTaskProposal(ChangeType.RETIRE, s.dutyItemId(), null, null, null, null, reason));
                case MOVE -> List.of(new DutyTaskProposal(ChangeType.ADD, null, s.toOfficeId(), code, s.dutyName(), s.dutyItemId(), reason),
                        new DutyTaskProposal(ChangeType.RETIRE, s.dutyItemId(), null, null, null, null, reason));
            };
            for (DutyTaskProposal p : proposals) {
                chain = chain.chain(() -> lists.proposeDutyTask(actor, p)).invoke((ListChange c) -> ids.add(c.id)).replaceWithVoid();
            }
        }
        return chain.replaceWith(ids);
    }
}
