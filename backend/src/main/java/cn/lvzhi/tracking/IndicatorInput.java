package cn.lvzhi.tracking;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One indicator as the office edits it. */
@Input("TrackingIndicatorInput")
public class IndicatorInput {
    @NonNull
    public String code;
    @NonNull
    public String name;
    @NonNull
    public Integer points;
    @NonNull
    public IndicatorMethod method;
    @NonNull
    public String guidance;

    public IndicatorInput() {
    }

    public IndicatorInput(String code, String name, Integer points, IndicatorMethod method, String guidance) {
        this.code = code;
        this.name = name;
        this.points = points;
        this.method = method;
        this.guidance = guidance;
    }
}
