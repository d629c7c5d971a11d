extension Templates {
    /// The templates of this file by the name pages render them with.
    static let hotspotPages: [String: String] = ["hotspots": hotspots]

    /// Where problems recur, the topics of the month, and the topics taken up with their cases before and after.
    static let hotspots = """
        <h1>{{t.hotspot_page}}</h1>
        {{> periodForm}}
        {{> fieldErrors}}
        <p class="hint">{{t.hotspot_intro}}</p>
        <div class="scroll"><table class="list" id="hotspots"><thead><tr><th>{{t.hotspot_place}}</th><th>{{t.hotspot_category}}</th><th>{{t.hotspot_cases}}</th><th>{{t.hotspot_repeats}}</th><th>{{t.hotspot_last}}</th></tr></thead>
        <tbody>{{#hotspots}}<tr><td>{{place}}</td><td>{{category}}</td><td>{{cases}}</td><td>{{repeats}}</td><td>{{last}}</td></tr>{{/hotspots}}</tbody></table></div>
        {{^hotspots}}<p>{{t.hotspot_none}}</p>{{/hotspots}}
        <section id="candidates">
          <h2>{{t.hotspot_candidates}}</h2>
          <p class="hint">{{t.hotspot_candidates_hint}}</p>
          <ul class="cases">{{#candidates}}<li><strong>{{place}} · {{category}}</strong> <span class="hint">{{t.hotspot_recent}} {{cases}} · {{t.hotspot_before}} {{before}}{{#growth}} · {{growth}}{{/growth}}</span>
            {{#canTakeUp}}<form method="post" action="{{route.hotspot.takeUp}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="formKey" value="{{formKey}}">
              <input type="hidden" name="grid" value="{{grid}}"><input type="hidden" name="building" value="{{building}}"><input type="hidden" name="category" value="{{categoryCode}}">
              <label for="t-{{grid}}-{{categoryCode}}-{{building}}">{{t.hotspot_topic_title}}</label><input id="t-{{grid}}-{{categoryCode}}-{{building}}" name="title" maxlength="100" value="{{title}}">
              <input type="date" name="startedOn" value="{{today}}" aria-label="{{t.hotspot_started}}">
              <button type="submit">{{t.hotspot_take_up}}</button></form>{{/canTakeUp}}
          </li>{{/candidates}}</ul>
          {{^candidates}}<p>{{t.hotspot_none}}</p>{{/candidates}}
        </section>
        <section id="topics">
          <h2>{{t.hotspot_topics}}</h2>
          <div class="scroll"><table class="list"><thead><tr><th>{{t.hotspot_topic_title}}</th><th>{{t.hotspot_place}}</th><th>{{t.hotspot_started}}</th><th>{{t.hotspot_before_after}}</th></tr></thead>
          <tbody>{{#topics}}<tr><td>{{title}}</td><td>{{place}} · {{category}}</td><td>{{started}}</td><td>{{before}} → {{after}}（{{days}} {{t.hotspot_days}}）{{#fewer}} ↓{{/fewer}}</td></tr>{{/topics}}</tbody></table></div>
          {{^topics}}<p>{{t.hotspot_no_topics}}</p>{{/topics}}
        </section>
        """
}
