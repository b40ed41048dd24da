from django.urls import path

from .views import api, embed, exports, oembed, pages, places, story

app_name = "stories"

urlpatterns = [
    path("", pages.story_list, name="index"),
    path("stories/<slug:slug>/", story.story_detail, name="story"),
    path("stories/<slug:slug>/timeline/", story.story_timeline, name="timeline"),
    path("stories/<slug:slug>/map-data.json", story.story_map_data, name="map_data"),
    path("stories/<slug:slug>/places/<int:place_id>/", places.place_detail, name="place"),
    path(
        "stories/<slug:slug>/places/<int:place_id>/events.json",
        places.place_events,
        name="place_events",
    ),
    # Exports: every story has machine-readable twins.
    path("stories/<slug:slug>/events.geojson", exports.events_geojson, name="events_geojson"),
    path("stories/<slug:slug>/timeline.json", exports.timeline_json, name="timeline_json"),
    path("stories/<slug:slug>/storymap.json", exports.storymap_json, name="storymap_json"),
    path("stories/<slug:slug>/events.csv", exports.events_csv, name="events_csv"),
    # Embeds: the only pages other sites may frame.
    path("embed/stories/<slug:slug>/", embed.story_embed, name="embed"),
    path("embed/resize.js", embed.embed_resize_script, name="embed_resize_script"),
    path("oembed", oembed.oembed, name="oembed"),
    # Read-only JSON API (docs/api.md).
    path("api/stories/", api.story_list, name="api_stories"),
    path("api/stories/<slug:slug>/", api.story_detail, name="api_story"),
    path("api/stories/<slug:slug>/events/", api.story_events, name="api_events"),
    path("api/events/<int:event_id>/", api.event_detail, name="api_event"),
]
